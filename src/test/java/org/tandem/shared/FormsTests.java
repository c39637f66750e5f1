package org.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

class FormsTests {

    record Person(String email) {
    }

    record Form(String name, Person person) {
    }

    private static BeanPropertyBindingResult result() {
        return new BeanPropertyBindingResult(new Form("x", new Person("a@b.c")), "form");
    }

    @Test
    void aRefusalOfAFieldOnTheFormGoesToThatField() {
        var result = result();
        Forms.reject(result, new FieldException("name", "name.taken", "x"));
        assertThat(result.getFieldError("name").getCode()).isEqualTo("name.taken");
        assertThat(result.getFieldError("name").getArguments()).containsExactly("x");
        assertThat(result.getGlobalErrorCount()).isZero();
    }

    @Test
    void aRefusalOfAFieldTheFormDoesNotHaveIsShownForTheWholeForm() {
        var result = result();
        Forms.reject(result, new FieldException("capacity", "capacity.invalid", 2));
        assertThat(result.getFieldErrorCount()).isZero();
        assertThat(result.getGlobalError().getCode()).isEqualTo("capacity.invalid");
        assertThat(result.getGlobalError().getArguments()).containsExactly(2);
    }

    @Test
    void aRefusalOfNoFieldIsShownForTheWholeForm() {
        var result = result();
        Forms.reject(result, new DomainException("programme.closed"));
        assertThat(result.getGlobalError().getCode()).isEqualTo("programme.closed");
    }

    @Test
    void aFieldMayBeReportedAtANestedPath() {
        var result = result();
        Forms.reject(result, "person.email", new FieldException("email", "email.taken"));
        assertThat(result.getFieldError("person.email").getCode()).isEqualTo("email.taken");
        Forms.reject(result, "person.phone", new FieldException("phone", "phone.wrong"));
        assertThat(result.getGlobalError().getCode()).isEqualTo("phone.wrong");
    }
}
