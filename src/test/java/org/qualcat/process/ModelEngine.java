package org.qualcat.process;

import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/**
 * The in-memory engine of the fast model tests ({@code @ExtendWith(ModelEngine.class)}), configured by
 * {@code model-tests.camunda.cfg.xml}. Not {@code camunda.cfg.xml}: the engine looks for a file of that name on the
 * classpath whenever its registry is first asked for engines, and would start this one inside the integration
 * suite's application too.
 */
public class ModelEngine extends ProcessEngineExtension {

  public static final String CONFIGURATION = "model-tests.camunda.cfg.xml";

  public ModelEngine() {
    configurationResource(CONFIGURATION);
  }
}
