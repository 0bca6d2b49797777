package org.qualcat.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import org.qualcat.system.Published;

/** The rules {@link ModuleBoundariesTest} holds Qualcat's classes to. */
final class ModuleBoundaries {

  /** No two modules depend on each other, directly or around a circle. */
  static final ArchRule NO_CYCLES = slices().matching(Modules.ROOT + ".(*)..").namingSlices("$1")
      .should().beFreeOfCycles();

  /** Every class lives in a module of the picture. */
  static final ArchRule EVERY_CLASS_IN_A_MODULE = classes().that().resideInAPackage(Modules.ROOT + ".*..")
      .should(new ArchCondition<>("live in a module named in Modules") {
        @Override
        public void check(JavaClass type, ConditionEvents events) {
          String module = Modules.of(type.getName()).orElseThrow();
          if (!Modules.known(module)) {
            events.add(SimpleConditionEvent.violated(type, type.getName() + " is in " + module
                + ", which Modules does not name (add it to the picture and to docs/architecture.md)"));
          }
        }
      });

  /** A module uses only the modules the picture lets it use, and of another feature only its published types. */
  static final ArchRule ONLY_ALLOWED_DEPENDENCIES = classes().that().resideInAPackage(Modules.ROOT + ".*..")
      .should(new ArchCondition<>("use other modules only along the picture's arrows, and of other features only "
          + "their @Published types") {
        @Override
        public void check(JavaClass type, ConditionEvents events) {
          String from = Modules.of(type.getName()).orElseThrow();
          for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
            JavaClass target = dependency.getTargetClass().getBaseComponentType();
            Optional<String> to = Modules.of(target.getName());
            if (to.isEmpty() || to.get().equals(from)) {
              continue;
            }
            if (!Modules.mayUse(from, to.get())) {
              events.add(SimpleConditionEvent.violated(dependency, from + " may not use " + to.get() + ": "
                  + dependency.getDescription()));
            } else if (Modules.isFeature(to.get()) && !published(target)) {
              events.add(SimpleConditionEvent.violated(dependency, target.getName() + " is internal to "
                  + to.get() + " (not @Published): " + dependency.getDescription()));
            }
          }
        }
      });

  private ModuleBoundaries() {
  }

  /** A type is published when it, or a type it is nested in, is marked {@link Published}. */
  static boolean published(JavaClass type) {
    for (Optional<JavaClass> t = Optional.of(type); t.isPresent(); t = t.get().getEnclosingClass()) {
      if (t.get().isAnnotatedWith(Published.class)) {
        return true;
      }
    }
    return false;
  }
}
