package dev.campaigncrm.examples.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import java.util.Set;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The four boundary rules the build enforces (issue 12), with no exceptions. */
final class ArchitectureRules {

    private static final DescribedPredicate<JavaClass> JDK_OR_SLF4J =
            resideInAnyPackage("java..", "javax..", "jdk..", "org.slf4j..");

    private ArchitectureRules() {
    }

    /** campaign-core depends on the JDK, SLF4J and itself, nothing else. */
    static ArchRule coreUsesOnlyJdkAndSlf4j() {
        return classes().that(Modules.inModule("campaign-core"))
                .should().onlyDependOnClassesThat(DescribedPredicate.describe(
                        "are in the JDK, SLF4J or campaign-core", ArchitectureRules::jdkSlf4jOrCore))
                .because("campaign-core is the one module every app loads; integrations live in their own modules");
    }

    /** No public type in a non-internal package shows an internal type in its signature or supertypes. */
    static ArchRule noPublicTypeExposesInternal() {
        DescribedPredicate<JavaClass> api = DescribedPredicate.describe("are public API types",
                type -> visible(type) && !Modules.isInternal(type));
        return classes().that(api).should(notExposeInternalTypes())
                .because("an internal type in a public signature makes it API without the care API gets");
    }

    /** A class uses only its own module's internal packages. */
    static ArchRule noModuleUsesAnotherModulesInternals() {
        return classes().that(DescribedPredicate.describe("are in a campaign module",
                        type -> Modules.of(type).isPresent()))
                .should(notUseAnotherModulesInternals())
                .because("another module's internal package can change in any release");
    }

    /** No cycle between any two packages of any module (each package is its own slice). */
    static ArchRule noCyclesBetweenPackages() {
        return slices().assignedFrom(byPackage()).should().beFreeOfCycles();
    }

    private static boolean jdkSlf4jOrCore(JavaClass type) {
        JavaClass base = type.getBaseComponentType();
        return base.isPrimitive() || JDK_OR_SLF4J.test(base) || Modules.inModule("campaign-core").test(base);
    }

    private static SliceAssignment byPackage() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass type) {
                return type.getPackageName().startsWith("dev.campaigncrm")
                        ? SliceIdentifier.of(type.getPackageName()) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "packages of dev.campaigncrm";
            }
        };
    }

    private static boolean visible(JavaClass type) {
        if (!type.getModifiers().contains(JavaModifier.PUBLIC)) {
            return false;
        }
        return type.getEnclosingClass().map(ArchitectureRules::visible).orElse(true);
    }

    private static boolean exposed(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    private static ArchCondition<JavaClass> notExposeInternalTypes() {
        return new ArchCondition<>("not expose internal types") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                type.getRawSuperclass().ifPresent(s -> report(type, s, "extends", events));
                type.getRawInterfaces().forEach(i -> report(type, i, "implements", events));
                for (JavaCodeUnit unit : type.getCodeUnits()) {
                    if (!exposed(unit.getModifiers()) || unit.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                        continue;
                    }
                    unit.getReturnType().getAllInvolvedRawTypes()
                            .forEach(t -> report(type, t, unit.getFullName() + " returns", events));
                    for (JavaType parameter : unit.getParameterTypes()) {
                        parameter.getAllInvolvedRawTypes()
                                .forEach(t -> report(type, t, unit.getFullName() + " takes", events));
                    }
                }
                for (JavaField field : type.getFields()) {
                    if (exposed(field.getModifiers())) {
                        field.getType().getAllInvolvedRawTypes()
                                .forEach(t -> report(type, t, field.getFullName() + " is a", events));
                    }
                }
            }
        };
    }

    private static void report(JavaClass owner, JavaClass used, String how, ConditionEvents events) {
        if (Modules.isInternal(used) && used.getPackageName().startsWith("dev.campaigncrm")) {
            events.add(SimpleConditionEvent.violated(owner, owner.getName() + ": " + how + " " + used.getName()));
        }
    }

    private static ArchCondition<JavaClass> notUseAnotherModulesInternals() {
        return new ArchCondition<>("not use another module's internal packages") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String module = Modules.of(type).orElseThrow();
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    boolean foreignInternal = Modules.isInternal(target)
                            && Modules.of(target).filter(m -> !m.equals(module)).isPresent();
                    if (foreignInternal) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
