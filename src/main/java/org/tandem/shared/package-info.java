/**
 * Value types every module may use: countries, languages; and the import machinery every module's import shares
 * (reading CSV/XLSX rows within limits, refusing zip bombs, problems at row and column); and the data version, with
 * which a module keeps a count computed from the data until the data changes, on every node.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.tandem.shared;
