package org.qualcat.system;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** One page of a longer list, as the API answers it. */
public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

  public static <S, T> PageView<T> of(Page<S> page, Function<S, T> mapper) {
    return new PageView<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
        page.getTotalElements(), page.getTotalPages());
  }
}
