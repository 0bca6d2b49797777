package org.qualcat.verification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.qualcat.bureau.Bureaus;
import org.qualcat.employer.EmployerRegion;
import org.springframework.stereotype.Component;

/**
 * A verification case is its bureau's (notice IV; docs/adr/0030): its {@code certificate-verification} instance,
 * and with it every task, job and history line of it, belongs to the engine's tenant of the bureau of the employer's
 * region. The models are deployed once, for all bureaus; the engine asks this provider for each new instance. The
 * other processes (the catalog's, monitoring, titles) are Beijing's for the whole platform and stay without a tenant,
 * which every bureau's staff can see.
 */
@Component
class CaseTenants extends AbstractProcessEnginePlugin implements TenantIdProvider {

  private final Bureaus bureaus;

  CaseTenants(Bureaus bureaus) {
    this.bureaus = bureaus;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(this);
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    if (VerificationProcess.PROCESS_ID.equals(ctx.getProcessDefinition().getKey())) {
      Object region = ctx.getVariables().get(VerificationProcess.VAR_EMPLOYER_REGION);
      if (region == null) {
        throw new IllegalArgumentException("a verification case needs its employer's region to find its bureau");
      }
      return bureaus.of(EmployerRegion.valueOf(region.toString())).tenantId();
    }
    DelegateExecution caller = ctx.getSuperExecution();
    return caller == null ? null : caller.getTenantId();
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  /** A decision taken in a case's process is in that case's tenant (its history is the bureau's). */
  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() == null ? null : ctx.getExecution().getTenantId();
  }
}
