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
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
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
 * Modeler), labelled elements with ids of one convention, steps named in Chinese and English, a deployed Camunda
 * Form for every user task, and timers that read their duration from {@code qualcat.timers} instead of a literal.
 */
class ModelConventionsTest {

  /** Type prefix, underscore, a name in CamelCase: {@code Task_CheckCompleteness}, {@code Flow_Approved}. */
  private static final Pattern ID = Pattern.compile(
      "(StartEvent|EndEvent|Task|Gateway|Event|Flow|SubProcess|CallActivity)_[A-Z][A-Za-z0-9]*");
  /**
   * A step's name as people read it: Chinese, {@link Bilingual#SEPARATOR}, English ({@code 指派评审专家 / Assign
   * experts}); the Chinese has at least one Chinese character, the English none.
   */
  private static final Pattern BILINGUAL = Pattern.compile(
      "[^/]*\\p{IsHan}[^/]*" + Pattern.quote(Bilingual.SEPARATOR) + "[A-Z][^/\\p{IsHan}]*");
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

  /**
   * Cockpit and the Modeler show a diagram as drawn: the label of every named event, gateway and flow stays clear of
   * the other shapes (a sub-process around it aside), of the other labels and of the flows, and near its element.
   */
  @ParameterizedTest
  @MethodSource("models")
  void labelsOverlapNothingAndStayByTheirElement(Model model) {
    BpmnModelInstance bpmn = Bpmn.readModelFromFile(model.file().toFile());
    Map<String, Box> shapes = new HashMap<>();
    Map<String, Box> labels = new HashMap<>();
    Map<String, List<double[]>> edges = new HashMap<>();
    for (BpmnShape shape : bpmn.getModelElementsByType(BpmnShape.class)) {
      shapes.put(shape.getBpmnElement().getId(), Box.of(shape.getBounds()));
      if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
        labels.put(shape.getBpmnElement().getId(), Box.of(shape.getBpmnLabel().getBounds()));
      }
    }
    for (BpmnEdge edge : bpmn.getModelElementsByType(BpmnEdge.class)) {
      edges.put(edge.getBpmnElement().getId(), edge.getWaypoints().stream()
          .map(w -> new double[] {w.getX(), w.getY()}).toList());
      if (edge.getBpmnLabel() != null && edge.getBpmnLabel().getBounds() != null) {
        labels.put(edge.getBpmnElement().getId(), Box.of(edge.getBpmnLabel().getBounds()));
      }
    }
    List<String> problems = new ArrayList<>();
    labels.forEach((id, label) -> {
      String name = ((FlowElement) bpmn.getModelElementById(id)).getName();
      if (name == null || name.isBlank()) {
        return;
      }
      shapes.forEach((other, shape) -> {
        boolean ownBox = other.equals(id) && shape.width() >= 100;
        if (!ownBox && !shape.surrounds(label) && shape.overlaps(label)) {
          problems.add(id + " (\"" + name + "\") covers " + other);
        }
      });
      labels.forEach((other, box) -> {
        if (id.compareTo(other) < 0 && box.overlaps(label)) {
          problems.add(id + " (\"" + name + "\") covers the label of " + other);
        }
      });
      edges.forEach((other, points) -> {
        if (!other.equals(id) && label.crossedBy(points)) {
          problems.add(id + " (\"" + name + "\") lies on the flow " + other);
        }
      });
      double distance = shapes.containsKey(id) ? label.distanceTo(shapes.get(id)) : label.distanceTo(edges.get(id));
      if (distance > 40) {
        problems.add(id + " (\"" + name + "\") is " + (int) distance + " px away from its element");
      }
    });
    assertThat(problems).as("labels of " + model).isEmpty();
  }

  /** A rectangle of the diagram. */
  record Box(double x, double y, double width, double height) {

    static Box of(org.camunda.bpm.model.bpmn.instance.dc.Bounds bounds) {
      return new Box(bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
    }

    boolean overlaps(Box o) {
      return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
    }

    /** A container drawn around the box (a sub-process): its labels are meant to be inside. */
    boolean surrounds(Box o) {
      return width > 300 && height > 150 && x <= o.x && y <= o.y && x + width >= o.x + o.width
          && y + height >= o.y + o.height;
    }

    /** Whether a line through {@code points} passes through the inside of the box (a pixel of margin). */
    boolean crossedBy(List<double[]> points) {
      for (int i = 0; i + 1 < points.size(); i++) {
        for (int step = 0; step <= 50; step++) {
          double px = points.get(i)[0] + (points.get(i + 1)[0] - points.get(i)[0]) * step / 50;
          double py = points.get(i)[1] + (points.get(i + 1)[1] - points.get(i)[1]) * step / 50;
          if (px > x + 1 && px < x + width - 1 && py > y + 1 && py < y + height - 1) {
            return true;
          }
        }
      }
      return false;
    }

    double distanceTo(Box o) {
      return Math.max(Math.max(0, o.x - (x + width)), Math.max(0, x - (o.x + o.width)))
          + Math.max(Math.max(0, o.y - (y + height)), Math.max(0, y - (o.y + o.height)));
    }

    double distanceTo(List<double[]> points) {
      double best = Double.MAX_VALUE;
      for (int i = 0; i + 1 < points.size(); i++) {
        for (int step = 0; step <= 10; step++) {
          double px = points.get(i)[0] + (points.get(i + 1)[0] - points.get(i)[0]) * step / 10;
          double py = points.get(i)[1] + (points.get(i + 1)[1] - points.get(i)[1]) * step / 10;
          best = Math.min(best, Math.max(0, Math.max(x - px, px - (x + width)))
              + Math.max(0, Math.max(y - py, py - (y + height))));
        }
      }
      return best;
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

  /**
   * The steps a person waits on or works in are named in both languages, as the forms' labels and the Tasklist's
   * filters are: the Tasklist lists a user task by its name, and the bureau's pages list the wait states a case stands
   * at ({@link ProcessProgress}) by theirs. Bureau staff work in Chinese (docs/adr/0027).
   */
  @ParameterizedTest
  @MethodSource("models")
  void namesEveryStepPeopleSeeInChineseAndEnglish(Model model) {
    BpmnModelInstance bpmn = Bpmn.readModelFromFile(model.file().toFile());

    for (FlowNode node : bpmn.getModelElementsByType(FlowNode.class)) {
      if (node instanceof UserTask || node instanceof ReceiveTask || node instanceof IntermediateCatchEvent
          || node instanceof EventBasedGateway) {
        assertThat(node.getName()).as("name of " + node.getId() + ", Chinese / English").matches(BILINGUAL);
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
      assertThat(task.getCamundaCandidateGroups() != null || task.getCamundaAssignee() != null
          || task.getCamundaCandidateUsers() != null)
          .as(task.getId() + " goes to a group, a person or the people named (an organisation's HR staff)").isTrue();
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
