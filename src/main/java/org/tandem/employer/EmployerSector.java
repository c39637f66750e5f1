package org.tandem.employer;

/** The sector an employer works in, coarse enough to filter and report on. */
public enum EmployerSector {
    CONSTRUCTION, CARE, LOGISTICS, INDUSTRY, RETAIL, HOSPITALITY, CLEANING, PUBLIC, FINANCE, EDUCATION, OTHER
}
