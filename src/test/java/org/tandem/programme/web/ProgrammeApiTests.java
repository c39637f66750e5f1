package org.tandem.programme.web;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
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
import org.tandem.programme.ProgrammeMother;

@IntegrationTest
class ProgrammeApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @BeforeEach
    void users() {
        users.ensure();
    }

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, TestUsers.PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }

    private long create(String user) throws Exception {
        var body = """
                {"name":"%s","description":"via the API","kind":"INTERGENERATIONAL","languages":["NL","FR"],
                 "defaultDurationMonths":6,"meetingFrequency":"WEEKLY","mentorMinimumAge":50}
                """.formatted(ProgrammeMother.uniqueName("Api"));
        var result = mvc.perform(as(user, post("/api/v1/programmes")).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.mentorMinimumAge").value(50))
                .andReturn();
        return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
    }

    @Test
    void createsReadsAndListsAProgramme() throws Exception {
        long id = create(TestUsers.COORDINATOR);
        mvc.perform(as(TestUsers.COORDINATOR, get("/api/v1/programmes/{id}", id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.languages.length()").value(2))
                .andExpect(jsonPath("$.nextStatuses", hasItem("RECRUITING")));
        mvc.perform(as(TestUsers.COORDINATOR, get("/api/v1/programmes")))
                .andExpect(jsonPath("$[*].id", hasItem((int) id)));
    }

    @Test
    void invalidInputGetsA400WithEveryWrongField() throws Exception {
        mvc.perform(as(TestUsers.COORDINATOR, post("/api/v1/programmes")).header("Accept-Language", "en")
                        .content("{\"name\":\"\",\"kind\":\"OTHER\",\"languages\":[],\"defaultDurationMonths\":99,"
                                + "\"meetingFrequency\":\"WEEKLY\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("languages")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("defaultDurationMonths")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Choose at least one language.")));
    }

    @Test
    void malformedJsonGetsA400WithoutDetailsOfTheParser() throws Exception {
        mvc.perform(as(TestUsers.COORDINATOR, post("/api/v1/programmes")).content("{\"name\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("De aanvraag kon niet worden gelezen: controleer het formaat van de gegevens."));
        mvc.perform(as(TestUsers.COORDINATOR, post("/api/v1/programmes")).content("{\"kind\":\"NOPE\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void stagesSitesTargetsAndCohortsThroughTheApi() throws Exception {
        long id = create(TestUsers.COORDINATOR);
        long a = idOf(mvc.perform(as(TestUsers.COORDINATOR, post("/api/v1/programmes/{id}/stages", id))
                .content("{\"name\":\"A\"}")).andExpect(status().isCreated()).andReturn());
        long b = idOf(mvc.perform(as(TestUsers.COORDINATOR, post("/api/v1/programmes/{id}/stages", id))
                .content("{\"name\":\"B\"}")).andExpect(status().isCreated()).andReturn());
        mvc.perform(as(TestUsers.COORDINATOR, put("/api/v1/programmes/{id}/stages", id))
                        .content("{\"stageIds\":[" + b + "," + a + "]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stages[0].name").value("B"));
        mvc.perform(as(TestUsers.COORDINATOR, put("/api/v1/programmes/{id}/stages", id))
                        .content("{\"stageIds\":[" + b + "]}"))
                .andExpect(status().isConflict());
        long site = idOf(mvc.perform(as(TestUsers.COORDINATOR, post("/api/v1/programmes/{id}/sites", id))
                .content("{\"city\":\"Gent\",\"country\":\"BE\"}")).andExpect(status().isCreated()).andReturn());
        mvc.perform(as(TestUsers.COORDINATOR, post("/api/v1/programmes/{id}/sites", id))
                        .content("{\"city\":\"gent\",\"country\":\"BE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("city"));
        mvc.perform(as(TestUsers.COORDINATOR, post("/api/v1/programmes/{id}/targets", id))
                        .content("{\"metric\":\"SITES\",\"comparator\":\"AT_LEAST\",\"threshold\":1}"))
                .andExpect(status().isCreated());
        mvc.perform(as(TestUsers.COORDINATOR, get("/api/v1/programmes/{id}", id)))
                .andExpect(jsonPath("$.targets[0].current").value(1.0))
                .andExpect(jsonPath("$.targets[0].met").value(true));
        mvc.perform(as(TestUsers.COORDINATOR, delete("/api/v1/programmes/{id}/sites/{s}", id, site)))
                .andExpect(status().isNoContent());
        mvc.perform(as(TestUsers.COORDINATOR, post("/api/v1/programmes/{id}/cohorts", id))
                        .content("{\"name\":\"R1\",\"kind\":\"ROUND\",\"startDate\":\"2026-09-01\",\"endDate\":\"2026-08-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endDate"));
        mvc.perform(as(TestUsers.COORDINATOR, post("/api/v1/programmes/{id}/cohorts", id))
                        .content("{\"name\":\"R1\",\"kind\":\"ROUND\",\"startDate\":\"2026-09-01\",\"endDate\":\"2027-02-01\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.closed").value(false));
    }

    @Test
    void statusChangesFollowTheLifecycle() throws Exception {
        long id = create(TestUsers.COORDINATOR);
        mvc.perform(as(TestUsers.COORDINATOR, post("/api/v1/programmes/{id}/status", id))
                        .header("Accept-Language", "fr").content("{\"status\":\"RUNNING\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Un programme ne peut pas passer de DRAFT à RUNNING."));
        mvc.perform(as(TestUsers.COORDINATOR, post("/api/v1/programmes/{id}/status", id))
                        .content("{\"status\":\"RECRUITING\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RECRUITING"));
        mvc.perform(as(TestUsers.COORDINATOR, post("/api/v1/programmes/{id}/status", id))
                        .content("{\"status\":\"CLOSED\"}"))
                .andExpect(status().isOk());
        mvc.perform(as(TestUsers.COORDINATOR, post("/api/v1/programmes/{id}/stages", id))
                        .content("{\"name\":\"Too late\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void anotherCoordinatorsProgrammeIsA404() throws Exception {
        long id = create(TestUsers.OTHER_COORDINATOR);
        mvc.perform(as(TestUsers.COORDINATOR, get("/api/v1/programmes/{id}", id))).andExpect(status().isNotFound());
        mvc.perform(as(TestUsers.COORDINATOR, delete("/api/v1/programmes/{id}/sites/1", id)))
                .andExpect(status().isNotFound());
        mvc.perform(as(TestUsers.ADMIN, get("/api/v1/programmes/{id}", id))).andExpect(status().isOk());
    }

    @Test
    void researchersHaveNoProgrammeApi() throws Exception {
        mvc.perform(as(TestUsers.RESEARCHER, get("/api/v1/programmes"))).andExpect(status().isForbidden());
    }

    private static long idOf(org.springframework.test.web.servlet.MvcResult result) throws Exception {
        return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
    }

    private long number(MockHttpServletRequestBuilder request, String path) throws Exception {
        var body = mvc.perform(request).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, path)).longValue();
    }

    @Test
    void aChangeCarryingAnOlderVersionIsRefusedWith409() throws Exception {
        long id = create(TestUsers.COORDINATOR);
        String programme = "/api/v1/programmes/" + id;
        long version = number(as(TestUsers.COORDINATOR, get(programme)), "$.version");
        String change = """
                {"name":"%s","kind":"INTERGENERATIONAL","languages":["NL"],"defaultDurationMonths":9,
                 "meetingFrequency":"WEEKLY","version":%d}""";
        mvc.perform(as(TestUsers.COORDINATOR, put(programme))
                        .content(change.formatted(ProgrammeMother.uniqueName("First"), version)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.defaultDurationMonths").value(9));
        mvc.perform(as(TestUsers.COORDINATOR, put(programme)).header("Accept-Language", "en")
                        .content(change.formatted(ProgrammeMother.uniqueName("Second"), version)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Someone else changed this in the meantime. "
                        + "Reload the page and try again."));

        long stage = number(as(TestUsers.COORDINATOR, post(programme + "/stages"))
                .content("{\"name\":\"Intake\"}"), "$.id");
        long stageVersion = number(as(TestUsers.COORDINATOR, get(programme)), "$.stages[0].version");
        String rename = "{\"name\":\"%s\",\"version\":" + stageVersion + "}";
        mvc.perform(as(TestUsers.COORDINATOR, put(programme + "/stages/" + stage)).content(rename.formatted("Start")))
                .andExpect(status().isOk());
        mvc.perform(as(TestUsers.COORDINATOR, put(programme + "/stages/" + stage)).content(rename.formatted("Late")))
                .andExpect(status().isConflict());

        long target = number(as(TestUsers.COORDINATOR, post(programme + "/targets"))
                .content("{\"metric\":\"SITES\",\"comparator\":\"AT_LEAST\",\"threshold\":2}"), "$.id");
        long targetVersion = number(as(TestUsers.COORDINATOR, get(programme)), "$.targets[0].version");
        String retarget = "{\"metric\":\"SITES\",\"comparator\":\"AT_LEAST\",\"threshold\":%d,\"version\":"
                + targetVersion + "}";
        mvc.perform(as(TestUsers.COORDINATOR, put(programme + "/targets/" + target)).content(retarget.formatted(3)))
                .andExpect(status().isOk());
        mvc.perform(as(TestUsers.COORDINATOR, put(programme + "/targets/" + target)).content(retarget.formatted(4)))
                .andExpect(status().isConflict());

        long cohort = number(as(TestUsers.COORDINATOR, post(programme + "/cohorts")).content("""
                {"name":"Round","kind":"ROUND","startDate":"2027-01-01","endDate":"2027-06-30"}"""), "$.id");
        long cohortVersion = number(as(TestUsers.COORDINATOR, get(programme + "/cohorts/" + cohort)), "$.version");
        String reschedule = """
                {"name":"%s","kind":"ROUND","startDate":"2027-01-01","endDate":"2027-06-30","version":%d}""";
        mvc.perform(as(TestUsers.COORDINATOR, put(programme + "/cohorts/" + cohort))
                        .content(reschedule.formatted("Round A", cohortVersion)))
                .andExpect(status().isOk());
        mvc.perform(as(TestUsers.COORDINATOR, put(programme + "/cohorts/" + cohort))
                        .content(reschedule.formatted("Round B", cohortVersion)))
                .andExpect(status().isConflict());
        mvc.perform(as(TestUsers.COORDINATOR, get(programme)))
                .andExpect(jsonPath("$.stages[0].name").value("Start"))
                .andExpect(jsonPath("$.targets[0].threshold").value(3))
                .andExpect(jsonPath("$.cohorts[0].name").value("Round A"));
    }
}
