package org.qualcat.process;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every model ({@code bpmn/*.bpmn}, {@code bpmn/*.dmn}) and every Camunda Form ({@code forms/*.form})
 * found on the classpath, as one deployment, at start-up.
 *
 * <p>Resource names are {@code bpmn/<file>} and {@code forms/<file>} whatever launched the application
 * ({@code mvn spring-boot:run}, {@code java -jar}, a test), so nodes and restarts sharing a database do not create
 * new versions of unchanged models. Unchanged resources are not deployed again; when anything changed, all are,
 * so that a process version and the forms it was deployed with stay together ({@code formRefBinding="deployment"}).
 * Then the open tasks of the latest versions get their version's step names ({@link OpenTaskNames}: tasks migrated
 * to a version that reworded a step).
 */
@Component
class ModelDeployer implements InitializingBean {

  public static final String DEPLOYMENT_NAME = "qualcat";
  static final List<String> PATTERNS = List.of("classpath*:bpmn/*.bpmn", "classpath*:bpmn/*.dmn",
      "classpath*:forms/*.form");
  private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);

  private final RepositoryService repository;
  private final ResourcePatternResolver resources;
  private final OpenTaskNames taskNames;

  ModelDeployer(RepositoryService repository, ResourcePatternResolver resources, OpenTaskNames taskNames) {
    this.repository = repository;
    this.resources = resources;
    this.taskNames = taskNames;
  }

  @Override
  public void afterPropertiesSet() throws IOException {
    deploy();
    taskNames.nameLatestAsModelled();
  }

  private void deploy() throws IOException {
    Map<String, Resource> models = findModels();
    if (models.isEmpty()) {
      log.info("No models or forms to deploy");
      return;
    }
    DeploymentBuilder deployment = repository.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_NAME)
        .enableDuplicateFiltering(false);
    List<InputStream> open = new ArrayList<>();
    try {
      for (Map.Entry<String, Resource> model : models.entrySet()) {
        InputStream in = model.getValue().getInputStream();
        open.add(in);
        deployment.addInputStream(model.getKey(), in);
      }
      DeploymentWithDefinitions deployed = deployment.deployWithResult();
      log.info("Deployed {} models and forms (deployment {})", models.size(), deployed.getId());
    } finally {
      for (InputStream in : open) {
        in.close();
      }
    }
  }

  /** Deployment resource name (folder/file) to resource; two files of one name in one folder are refused. */
  Map<String, Resource> findModels() throws IOException {
    Map<String, Resource> models = new HashMap<>();
    for (String pattern : PATTERNS) {
      String folder = pattern.substring("classpath*:".length(), pattern.indexOf('/'));
      for (Resource resource : resources.getResources(pattern)) {
        String name = folder + "/" + resource.getFilename();
        Resource clash = models.put(name, resource);
        if (clash != null) {
          throw new IllegalStateException("Two resources deploy as " + name + ": " + clash + " and " + resource);
        }
      }
    }
    return models;
  }
}
