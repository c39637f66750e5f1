package org.tandem.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.account.AccountService;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.reporting.FunderReportOrder;
import org.tandem.reporting.FunderReportService;

/**
 * A funder report of programme B over this month and the eleven before it, made by its coordinator through the reporting
 * module after all other demo data (and the target history) exist; a restart finds it kept and makes no second one.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "tandem.demo.enabled", havingValue = "true")
class DemoFunderReport implements ApplicationRunner {

    static final String TEXT = """
            # Wat dit jaar opleverde
            Kracht van Mentorschap bracht werknemers van 50+ uit de zorg, de bouw en de logistiek samen met jongeren \
            die hun weg naar werk zoeken. De ronde in Brussel en Parijs liep goed; de groep in Rotterdam kreeg een \
            tweede trainer.

            ## Wat we leerden
            Duo's die in de eerste maand drie keer afspraken, bleven vaker bij elkaar. We plannen daarom de eerste \
            afspraak al tijdens de kennismaking.

            # Volgend jaar
            Een derde locatie en een terugkomdag voor mentoren die een tweede duo willen begeleiden.
            """;

    private final AccountService accounts;
    private final ProgrammeCatalogue catalogue;
    private final FunderReportService reports;
    private final Clock clock;

    DemoFunderReport(AccountService accounts, ProgrammeCatalogue catalogue, FunderReportService reports,
            Clock clock) {
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var programme = catalogue.all().stream().filter(p -> p.name().equals(DemoData.PROGRAMME_B)).findFirst();
        if (programme.isEmpty()) {
            return;
        }
        long programmeId = programme.get().id();
        accounts.callAs(DemoData.COORDINATOR, () -> {
            if (reports.list(programmeId).isEmpty()) {
                var today = LocalDate.now(clock);
                reports.create(programmeId, new FunderReportOrder(today.withDayOfMonth(1).minusMonths(11), today,
                        "nl", TEXT));
            }
            return null;
        });
    }
}
