package org.tandem.employer.web;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.employer.EmployerMother;
import org.tandem.employer.EmployerWorld;

@IntegrationTest
class EmployerApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EmployerWorld world;

    EmployerWorld.World w;

    @BeforeEach
    void world() {
        w = world.create();
    }

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, TestUsers.PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }

    @Test
    void createsAnEmployerWalksItsPipelineAndFiltersTheList() throws Exception {
        String name = EmployerMother.unique("Api Employer");
        var body = """
                {"name":"%s","sector":"LOGISTICS","heavyProfession":true,"sizeBand":"LARGE","country":"FR",
                 "city":"Lyon","notes":"via the API","programmeId":%d}
                """.formatted(name, w.programmeId());
        var result = mvc.perform(as(TestUsers.COORDINATOR, post("/api/v1/employers")).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.recruitments[0].stage").value("PROSPECT"))
                .andReturn();
        long id = ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
        String stage = "/api/v1/employers/" + id + "/programmes/" + w.programmeId() + "/stage";
        mvc.perform(as(TestUsers.COORDINATOR, post(stage)).content("{\"stage\":\"CONTACTED\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recruitments[0].stage").value("CONTACTED"))
                .andExpect(jsonPath("$.recruitments[0].history.length()").value(2));
        mvc.perform(as(TestUsers.COORDINATOR, post(stage)).content("{\"stage\":\"COMMITTED\"}"))
                .andExpect(status().isConflict());
        mvc.perform(as(TestUsers.COORDINATOR, post(stage)).content("{\"stage\":\"DECLINED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(as(TestUsers.COORDINATOR,
                        put("/api/v1/employers/" + id + "/programmes/" + w.programmeId() + "/pledge"))
                        .content("{\"mentors\":5,\"hoursPerMonth\":12}"))
                .andExpect(jsonPath("$.recruitments[0].pledgedMentors").value(5));
        mvc.perform(as(TestUsers.COORDINATOR, get("/api/v1/employers"))
                        .param("heavyProfession", "true").param("country", "FR").param("stage", "CONTACTED"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name").value(hasItem(name)));
        mvc.perform(as(TestUsers.COORDINATOR, get("/api/v1/employers")).param("country", "NL"))
                .andExpect(jsonPath("$[*].name").value(not(hasItem(name))));
        mvc.perform(as(TestUsers.OTHER_COORDINATOR, get("/api/v1/employers/" + id)))
                .andExpect(status().isNotFound());
    }

    @Test
    void reportsEveryWrongFieldOfTheBody() throws Exception {
        mvc.perform(as(TestUsers.COORDINATOR, post("/api/v1/employers")).param("lang", "en")
                        .content("{\"name\":\"\",\"sector\":\"CARE\",\"sizeBand\":\"SMALL\",\"country\":\"NL\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("city")));
        mvc.perform(as(TestUsers.COORDINATOR, post("/api/v1/employers")).content("""
                        {"name":"No programme","sector":"CARE","sizeBand":"SMALL","country":"NL","city":"Delft"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("programmeId"));
    }

    @Test
    void anEmployerContactNominatesAndSeesOnlyTheirOwnEmployer() throws Exception {
        var body = """
                {"firstName":"Greet","lastName":"Peeters","email":"%s","birthYear":1963,"cohortId":%d}
                """.formatted(EmployerMother.unique("greet").replace(' ', '.') + "@example.org", w.cohortId());
        mvc.perform(as(w.contact(), post("/api/v1/my-employer/mentors")).content(body))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.firstName").value("Greet"))
                .andExpect(jsonPath("$.cohortId").value(w.cohortId()));
        var result = mvc.perform(as(w.contact(), get("/api/v1/my-employer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(w.employerId()))
                .andExpect(jsonPath("$.mentors[?(@.firstName == 'Greet')].status").value(hasItem("NOMINATED")))
                .andExpect(jsonPath("$.mentors[?(@.firstName == 'Greet')].group").value(hasItem("ENROLLED")))
                .andExpect(jsonPath("$.pledges[0].pledgedMentors").value(4))
                .andReturn();
        java.util.List<Number> ids = JsonPath.read(result.getResponse().getContentAsString(),
                "$.mentors[?(@.firstName == 'Greet')].enrolmentId");
        mvc.perform(as(w.contact(), get("/api/v1/my-employer/mentors/" + ids.get(0).longValue())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lastName").value("Peeters"));
        mvc.perform(as(w.contact(), get("/api/v1/my-employer/mentors/" + w.otherEmployeesEnrolmentId())))
                .andExpect(status().isNotFound());
        mvc.perform(as(w.contact(), get("/api/v1/employers/" + w.otherEmployerId())))
                .andExpect(status().isNotFound());
        mvc.perform(as(w.contact(), post("/api/v1/my-employer/mentors"))
                        .content("{\"firstName\":\"\",\"lastName\":\"X\",\"email\":\"x\",\"birthYear\":1960}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("firstName")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("cohortId")));
        mvc.perform(as(TestUsers.COORDINATOR, get("/api/v1/my-employer")))
                .andExpect(status().isForbidden());
    }
}
