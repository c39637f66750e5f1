package org.tandem.programme;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tandem.shared.Country;
import org.tandem.shared.NotPersonal;

@Entity
@Table(name = "programme_site")
class Site {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_site_seq")
    @SequenceGenerator(name = "programme_site_seq", sequenceName = "programme_site_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotPersonal("the city of a programme's site")
    private String city;

    @Enumerated(EnumType.STRING)
    @NotPersonal("the country of a programme's site")
    private Country country;

    protected Site() {
    }

    Site(String city, Country country) {
        this.city = city.trim();
        this.country = country;
    }

    boolean isAt(String city, Country country) {
        return this.city.equalsIgnoreCase(city.trim()) && this.country == country;
    }

    Long id() {
        return id;
    }

    String city() {
        return city;
    }

    Country country() {
        return country;
    }
}
