package org.qualcat.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.type.AbstractFormFieldType;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * A form field a person reads and never fills in (docs/adr/0032): {@code <camunda:formField type="shown"
 * defaultValue="${...}">} on a user task that has a Camunda Form. Its value is the default value's expression,
 * evaluated when the task's form variables are read (the Tasklist's {@code form-variables}); it is never stored.
 *
 * <p>The engine evaluates a form field's default value again when a form is submitted without that field, and would
 * store what it gets, even nothing (a variable holding null). A field of this type gives the engine a value to keep
 * only while it reads a task's form variables, and no value otherwise, so a submission stores nothing of it. A value
 * sent for it is refused by the field's {@code readonly} constraint, which such fields carry; the forms show them as
 * disabled fields, which the Tasklist does not send.
 */
@Component
public class ShownFormField extends AbstractProcessEnginePlugin {

  /** The type's name in the models. */
  public static final String TYPE = "shown";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<AbstractFormFieldType> types = configuration.getCustomFormTypes() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomFormTypes());
    types.add(new ShownType());
    configuration.setCustomFormTypes(types);
  }

  /** Whether the engine is reading a task's form variables now (the one time a shown field has a value). */
  public static boolean formOpening() {
    CommandInvocationContext invocation = Context.getCommandInvocationContext();
    return invocation != null && invocation.getCommand() instanceof GetTaskFormVariablesCmd;
  }

  static final class ShownType extends AbstractFormFieldType {

    @Override
    public String getName() {
      return TYPE;
    }

    @Override
    public TypedValue convertToFormValue(TypedValue modelValue) {
      return modelValue == null ? Variables.stringValue(null) : Variables.stringValue(text(modelValue.getValue()));
    }

    /** The value to keep: the text while a form opens, nothing otherwise (so that a submission stores nothing). */
    @Override
    public TypedValue convertToModelValue(TypedValue value) {
      return formOpening() && value != null ? Variables.stringValue(text(value.getValue())) : null;
    }

    @Override
    public Object convertFormValueToModelValue(Object propertyValue) {
      return propertyValue == null ? null : text(propertyValue);
    }

    @Override
    public String convertModelValueToFormValue(Object modelValue) {
      return modelValue == null ? null : text(modelValue);
    }

    private static String text(Object value) {
      return value == null ? null : value.toString();
    }
  }
}
