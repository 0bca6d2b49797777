package org.qualcat.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The conventions every model in {@code bpmn/} (and the test-only models) keeps, checked on the files themselves:
 * named after its process, a history time-to-live, a diagram element for everything (so it opens in Camunda
 * Modeler), labelled elements with ids of one convention, a deployed Camunda Form for every user task, and timers
 * that read their duration from {@code qualcat.timers} instead of a literal.
 */
class ModelConventionsTest {

  /** Type prefix, underscore, a name in CamelCase: {@code Task_CheckCompleteness}, {@code Flow_Approved}. */
  private static final Pattern ID = Pattern.compile(
      "(StartEvent|EndEvent|Task|Gateway|Event|Flow|SubProcess|CallActivity)_[A-Z][A-Za-z0-9]*");
  /** Any use of the timers bean: {@code ${timers.duration('key')}}, {@code ${timers.dueIn('key')}}, … */
  private static final Pattern TIMER_KEY = Pattern.compile("\\$\\{timers\\.\\w+\\('([a-z0-9-]+)'\\)}");

  record Model(Path file, Path formsFolder, Set<String> timerKeys) {

    @Override
    public String toString() {
      return file.toString();
    }
  }

  static Stream<Model> models() throws IOException {
    Set<String> mainTimers = timerKeys(Path.of("src/main/resources/application.yml"));
    Set<String> testTimers = new HashSet<>(mainTimers);
    testTimers.addAll(timerKeys(Path.of("src/test/resources/application-test.yml")));
    return Stream.concat(
        bpmnFiles(Path.of("bpmn")).map(f -> new Model(f, Path.of("forms"), mainTimers)),
        bpmnFiles(Path.of("src/test/resources/bpmn")).map(f -> new Model(f, Path.of("src/test/resources/forms"),
            testTimers)));
  }

  @ParameterizedTest
  @MethodSource("models")
  void isNamedAfterItsProcessAndKeepsItsHistoryForALimitedTime(Model model) {
    BpmnModelInstance bpmn = Bpmn.readModelFromFile(model.file().toFile());
    List<Process> processes = new ArrayList<>(bpmn.getModelElementsByType(Process.class));

    assertThat(processes).hasSize(1);
    Process process = processes.get(0);
    assertThat(model.file().getFileName().toString()).isEqualTo(process.getId() + ".bpmn");
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getName()).isNotBlank();
    assertThat(process.getCamundaHistoryTimeToLiveString()).as("history time-to-live").isNotBlank();
  }

  @ParameterizedTest
  @MethodSource("models")
  void hasADiagramElementForEveryNodeAndFlow(Model model) {
    BpmnModelInstance bpmn = Bpmn.readModelFromFile(model.file().toFile());
    Set<String> drawn = new HashSet<>();
    bpmn.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
    bpmn.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));

    for (FlowElement element : bpmn.getModelElementsByType(FlowElement.class)) {
      if (element instanceof FlowNode || element instanceof SequenceFlow) {
        assertThat(drawn).as("diagram element for " + element.getId()).contains(element.getId());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void labelsEveryNodeAndNamesIdsByTypeAndMeaning(Model model) {
    BpmnModelInstance bpmn = Bpmn.readModelFromFile(model.file().toFile());

    for (FlowElement element : bpmn.getModelElementsByType(FlowElement.class)) {
      assertThat(element.getId()).as("id of a " + element.getElementType().getTypeName()).matches(ID);
      if (element instanceof FlowNode node && !(node instanceof org.camunda.bpm.model.bpmn.instance.Gateway
          && node.getIncoming().size() > 1)) {
        assertThat(node.getName()).as("label of " + node.getId()).isNotBlank();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyUserTaskHasADeployedFormOfItsOwnDeployment(Model model) throws IOException {
    Map<String, Path> forms = formIds(model.formsFolder());
    BpmnModelInstance bpmn = Bpmn.readModelFromFile(model.file().toFile());

    for (UserTask task : bpmn.getModelElementsByType(UserTask.class)) {
      assertThat(task.getCamundaFormRef()).as("form of " + task.getId()).isNotBlank();
      assertThat(forms).as("a form with id " + task.getCamundaFormRef() + " in " + model.formsFolder())
          .containsKey(task.getCamundaFormRef());
      assertThat(task.getCamundaFormRefBinding()).as("form binding of " + task.getId()).isEqualTo("deployment");
      assertThat(task.getCamundaCandidateGroups() != null || task.getCamundaAssignee() != null)
          .as(task.getId() + " goes to a group or a person").isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void timersReadTheirDurationsFromProperties(Model model) {
    BpmnModelInstance bpmn = Bpmn.readModelFromFile(model.file().toFile());

    for (TimerEventDefinition timer : bpmn.getModelElementsByType(TimerEventDefinition.class)) {
      String where = ((BaseElement) timer.getParentElement()).getId();
      BaseElement definition = timer.getTimeDuration() != null ? timer.getTimeDuration()
          : timer.getTimeCycle() != null ? timer.getTimeCycle() : timer.getTimeDate();
      assertThat(definition).as("timer of " + where).isNotNull();
      String expression = definition.getTextContent().strip();
      assertThat(expression).as("timer of " + where + " is an expression, not a literal").startsWith("${");
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyTimerKeyItUsesIsConfigured(Model model) throws IOException {
    Matcher key = TIMER_KEY.matcher(Files.readString(model.file()));
    while (key.find()) {
      assertThat(model.timerKeys()).as("qualcat.timers." + key.group(1) + " is configured").contains(key.group(1));
    }
  }

  private static Stream<Path> bpmnFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return Stream.empty();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList().stream();
    }
  }

  private static Map<String, Path> formIds(Path folder) throws IOException {
    Map<String, Path> ids = new HashMap<>();
    if (!Files.isDirectory(folder)) {
      return ids;
    }
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path form : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        ids.put(json.readTree(form.toFile()).get("id").asText(), form);
      }
    }
    return ids;
  }

  @SuppressWarnings("unchecked")
  private static Set<String> timerKeys(Path yaml) throws IOException {
    Set<String> keys = new HashSet<>();
    try (InputStream in = Files.newInputStream(yaml)) {
      for (Object document : new Yaml().loadAll(in)) {
        if (document instanceof Map<?, ?> root && root.get("qualcat") instanceof Map<?, ?> qualcat
            && qualcat.get("timers") instanceof Map<?, ?> timers) {
          keys.addAll(((Map<String, Object>) timers).keySet());
        }
      }
    }
    return keys;
  }
}
