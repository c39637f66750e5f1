package org.tandem.account;

import java.util.Map;

/**
 * The programmes an admin can assign coordinators and researchers to, by id with their names, in name order. The
 * programme module implements it (it depends on this module, not the other way round).
 */
public interface ProgrammeNames {

    Map<Long, String> all();
}
