package org.tandem.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Limits of every import (participants, employers): the file size and the number of data rows. */
@ConfigurationProperties("tandem.import")
public record ImportProperties(@DefaultValue("10MB") DataSize maxBytes, @DefaultValue("50000") int maxRows) {
}
