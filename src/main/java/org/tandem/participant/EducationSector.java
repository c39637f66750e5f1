package org.tandem.participant;

/** Dutch education sectors: primary, secondary, vocational, higher professional. */
public enum EducationSector {
    PO, VO, MBO, HBO
}
