package com.profileservice.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaWildcardType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/**
 * The package map holds: each top-level package under {@code com.profileservice} is a feature, and
 * features meet through interfaces they own (the way {@code ExportSection} and {@code ErasureHold}
 * let legal process plug into self-service), never through an import cycle. {@code common} and
 * {@code policy} are shared leaves; entities never leave their feature.
 */
class PackageRulesTest {

  private static final String ROOT = "com.profileservice";

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages(ROOT);

  @Test
  void noFeatureDependsOnAnotherInACycle() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void theStagesOfLegalProcessDependOnEachOtherInOneDirection() {
    slices().matching(ROOT + ".legal.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void commonDependsOnNoFeature() {
    classes()
        .that()
        .resideInAPackage(ROOT + ".common..")
        .should()
        .onlyDependOnClassesThat(outsideTheServiceOr(ROOT + ".common.."))
        .check(MAIN);
  }

  @Test
  void policyDependsOnNoFeature() {
    classes()
        .that()
        .resideInAPackage(ROOT + ".policy..")
        .should()
        .onlyDependOnClassesThat(outsideTheServiceOr(ROOT + ".policy..", ROOT + ".common.."))
        .check(MAIN);
  }

  @Test
  void noFeatureUsesTheEntitiesOfAnother() {
    classes()
        .that()
        .areAnnotatedWith(Entity.class)
        .should(beUsedOnlyInsideTheirFeature())
        .check(MAIN);
  }

  @Test
  void noResourceAnswersWithAnEntity() {
    methods()
        .that()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(Path.class)
        .and()
        .arePublic()
        .should(notReturnAnEntity())
        .check(MAIN);
  }

  /** The first package below the root: {@code legal} for {@code com.profileservice.legal.audit}. */
  private static String featureOf(JavaClass type) {
    String rest = type.getPackageName().substring(ROOT.length());
    if (rest.isEmpty()) {
      return "";
    }
    int end = rest.indexOf('.', 1);
    return end < 0 ? rest.substring(1) : rest.substring(1, end);
  }

  private static DescribedPredicate<JavaClass> outsideTheServiceOr(String... packages) {
    return resideOutsideOfPackage(ROOT + "..").or(resideInAnyPackage(packages));
  }

  private static ArchCondition<JavaClass> beUsedOnlyInsideTheirFeature() {
    return new ArchCondition<>("be used only inside their own feature") {
      @Override
      public void check(JavaClass entity, ConditionEvents events) {
        for (Dependency dependency : entity.getDirectDependenciesToSelf()) {
          JavaClass user = dependency.getOriginClass();
          if (!featureOf(user).equals(featureOf(entity))) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  private static ArchCondition<JavaMethod> notReturnAnEntity() {
    return new ArchCondition<>("not return an entity, bare or inside another type") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        if (mentionsAnEntity(method.getReturnType())) {
          events.add(
              SimpleConditionEvent.violated(
                  method, method.getFullName() + " returns " + method.getReturnType().getName()));
        }
      }
    };
  }

  /** Looks through type arguments and wildcard bounds: {@code Uni<List<Profile>>} mentions one. */
  private static boolean mentionsAnEntity(JavaType type) {
    if (type instanceof JavaParameterizedType parameterized) {
      if (mentionsAnEntity(parameterized.toErasure())) {
        return true;
      }
      return parameterized.getActualTypeArguments().stream()
          .anyMatch(PackageRulesTest::mentionsAnEntity);
    }
    if (type instanceof JavaWildcardType wildcard) {
      return wildcard.getUpperBounds().stream().anyMatch(PackageRulesTest::mentionsAnEntity)
          || wildcard.getLowerBounds().stream().anyMatch(PackageRulesTest::mentionsAnEntity);
    }
    JavaClass erased = type.toErasure();
    JavaClass element = erased.isArray() ? erased.getBaseComponentType() : erased;
    return element.isAnnotatedWith(Entity.class);
  }
}
