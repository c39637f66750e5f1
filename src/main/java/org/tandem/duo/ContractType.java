package org.tandem.duo;

/** The kind of contract of a job the mentee found. */
public enum ContractType {
    PERMANENT, FIXED_TERM, TEMPORARY_AGENCY, SELF_EMPLOYED, OTHER
}
