package org.qualcat.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The task a failed request of the engine API was about is read from the request's path, not the engine's words. */
class EngineRestErrorsTest {

  @Test
  void theTaskIsTheSegmentAfterTask() {
    assertThat(EngineRestErrors.taskOf(request("task", "3f2a-77", "submit-form"))).isEqualTo("3f2a-77");
    assertThat(EngineRestErrors.taskOf(request("engine", "default", "task", "9", "complete"))).isEqualTo("9");
  }

  @Test
  void requestsAboutNoSingleTaskNameNone() {
    assertThat(EngineRestErrors.taskOf(request("task", "count"))).isNull();
    assertThat(EngineRestErrors.taskOf(request("process-instance", "12", "variables"))).isNull();
    assertThat(EngineRestErrors.taskOf(null)).isNull();
  }

  private static UriInfo request(String... segments) {
    UriInfo uri = mock(UriInfo.class);
    List<PathSegment> path = Arrays.stream(segments).map(s -> {
      PathSegment segment = mock(PathSegment.class);
      when(segment.getPath()).thenReturn(s);
      return segment;
    }).toList();
    when(uri.getPathSegments()).thenReturn(path);
    return uri;
  }
}
