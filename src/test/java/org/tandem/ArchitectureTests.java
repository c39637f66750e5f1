package org.tandem;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tandem");

    @Test
    void entitiesAreNotPublic() {
        classes().that().areAnnotatedWith(Entity.class).should().notBePublic().check(CLASSES);
    }

    @Test
    void repositoriesAreNotPublic() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(CLASSES);
    }

    @Test
    void controllersLiveInWebPackagesAndAreNotPublic() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().resideInAPackage("..web..").andShould().notBePublic().check(CLASSES);
    }

    @Test
    void noModuleReachesIntoAnotherModulesSubPackages() {
        noClasses().should(reachIntoAnotherModulesSubPackage()).check(CLASSES);
    }

    /**
     * A module's root package is its API. Forms, the sections and page models of its pages, and API request and
     * response bodies are the web's: they live in {@code web}, and services take commands from the root instead.
     * Entities and types nested in domain classes are the domain's own words (a survey's response, a questionnaire's
     * section), not web records.
     */
    @Test
    void formsAndWebRecordsStayOutOfModuleRoots() {
        noClasses().that().haveSimpleNameEndingWith("Form").or().haveSimpleNameEndingWith("Section")
                .or().haveSimpleNameEndingWith("Page").or().haveSimpleNameEndingWith("Request")
                .or().haveSimpleNameEndingWith("Response")
                .and().areNotAnnotatedWith(jakarta.persistence.Entity.class).and().areNotMemberClasses()
                .should().resideInAPackage("org.tandem.*")
                .because("a module's root package reads as its API; forms and web records belong in web")
                .check(CLASSES);
    }

    @Test
    void noFieldInjection() {
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.beans.factory.annotation.Autowired")
                .check(CLASSES);
    }

    /** org.tandem.a.x may use org.tandem.b (b's API), never org.tandem.b.y. */
    private static ArchCondition<JavaClass> reachIntoAnotherModulesSubPackage() {
        return new ArchCondition<>("use a class in another module's sub-package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = module(origin.getPackageName());
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    String target = dependency.getTargetClass().getPackageName();
                    String to = module(target);
                    if (to != null && from != null && !to.equals(from) && !target.equals("org.tandem." + to)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }

    private static String module(String packageName) {
        if (!packageName.startsWith("org.tandem.")) {
            return null;
        }
        String rest = packageName.substring("org.tandem.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
