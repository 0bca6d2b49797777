package org.qualcat.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's percentiles: nearest rank, as a reader checking the table by hand would count. */
class BureauFiguresTest {

  @Test
  void theMedianAndTheNinetiethPercentileAreNearestRanks() {
    List<Double> ten = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);

    assertThat(BureauFigures.percentile(ten, 50)).isEqualTo(5.0);
    assertThat(BureauFigures.percentile(ten, 90)).isEqualTo(9.0);
    assertThat(BureauFigures.percentile(List.of(4.5), 90)).as("one case").isEqualTo(4.5);
    assertThat(BureauFigures.percentile(List.of(1.0, 2.0, 30.0), 50)).isEqualTo(2.0);
    assertThat(BureauFigures.percentile(List.of(1.0, 2.0, 30.0), 90)).isEqualTo(30.0);
  }
}
