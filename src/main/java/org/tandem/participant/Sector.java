package org.tandem.participant;

/** Sectors and professional domains: offered by mentors, sought by mentees. */
public enum Sector {
    EDUCATION, FINANCE, HEALTHCARE, CARE, ICT, LOGISTICS, CONSTRUCTION, MANUFACTURING, TECHNICAL, HOSPITALITY,
    RETAIL, PUBLIC_SECTOR, LEGAL, CULTURE, AGRICULTURE, OTHER
}
