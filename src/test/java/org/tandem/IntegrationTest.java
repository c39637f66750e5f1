package org.tandem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.tandem.activity.TrainingFixture;
import org.tandem.activity.contact.ContactFixture;
import org.tandem.activity.intervision.IntervisionFixture;
import org.tandem.activity.workshop.WorkshopFixture;
import org.tandem.duo.DuoFixture;
import org.tandem.employer.EmployerWorld;
import org.tandem.evaluation.EvaluationFixture;
import org.tandem.evaluation.SurveyFixture;
import org.tandem.matching.MatchingFixture;
import org.tandem.participant.ParticipantFixture;
import org.tandem.reporting.ReportingData;
import org.tandem.research.ResearchWorld;

/**
 * The whole application on a mock servlet environment; all such tests share one context (and so one database), and
 * each class starts on an empty database ({@link CleanDatabase}). Every module's fixture is imported here, once: an
 * {@code @Import} of its own on a test class would give that class a context of its own (a start-up each).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@CleanDatabase
@Import({TestDatabase.class, TestUsers.class, ParticipantFixture.class, DuoFixture.class, EvaluationFixture.class,
        SurveyFixture.class, EmployerWorld.class, MatchingFixture.class, TrainingFixture.class, ContactFixture.class,
        WorkshopFixture.class, IntervisionFixture.class, ReportingData.class, ResearchWorld.class})
public @interface IntegrationTest {
}
