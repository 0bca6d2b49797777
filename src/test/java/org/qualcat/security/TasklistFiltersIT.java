package org.qualcat.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The Tasklist filters of a database created before their names were in Chinese and English are renamed. */
class TasklistFiltersIT extends IntegrationTest {

  @Autowired
  TasklistFilters tasklistFilters;
  @Autowired
  FilterService filters;

  @Test
  void aFilterUnderItsFormerEnglishNameIsRenamedAndKeepsItsQuery() {
    Filter verifiers = filters.createFilterQuery().filterName(TasklistFilters.groupFilterName(Roles.VERIFIERS))
        .singleResult();
    Filter mine = filters.createFilterQuery().filterName(TasklistFilters.MY_TASKS).singleResult();
    filters.saveFilter(verifiers.setName("Verification officers: open tasks"));
    filters.saveFilter(mine.setName("My tasks"));

    tasklistFilters.run(null);

    Filter renamed = filters.getFilter(verifiers.getId());
    assertThat(renamed.getName()).isEqualTo("核验待办 / Verification tasks");
    assertThat(filters.getFilter(mine.getId()).getName()).isEqualTo("我的任务 / My tasks");
    assertThat(filters.createFilterQuery().filterName(renamed.getName()).count()).as("renamed, not added")
        .isEqualTo(1);
    assertThat(filters.createFilterQuery().filterName("Verification officers: open tasks").count()).isZero();
    assertThat(filters.count(renamed.getId())).as("the same query")
        .isEqualTo(processEngine.getTaskService().createTaskQuery().taskCandidateGroup(Roles.VERIFIERS)
            .includeAssignedTasks().count());
    assertThat(((Number) renamed.getProperties().get("priority")).intValue()).isEqualTo(14);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theVariablesEachEntryShowsAreLabelledInBothLanguagesAlsoOnAFilterMadeBefore() {
    Filter verifiers = filters.createFilterQuery().filterName(TasklistFilters.groupFilterName(Roles.VERIFIERS))
        .singleResult();
    Map<String, Object> before = new HashMap<>(verifiers.getProperties());
    before.put("variables", List.of(Map.of("name", "caseReference", "label", "Case"),
        Map.of("name", "qualificationName", "label", "Qualification")));
    filters.saveFilter(verifiers.setProperties(before));

    tasklistFilters.run(null);

    List<Map<String, String>> shown = (List<Map<String, String>>) filters.getFilter(verifiers.getId())
        .getProperties().get("variables");
    assertThat(shown).extracting(v -> v.get("label"))
        .contains("案件 / Case", "职业资格 / Qualification", "资格代码 / Qualification code");
    assertThat(shown).extracting(v -> v.get("label")).allMatch(label -> label.contains(" / "));
  }
}
