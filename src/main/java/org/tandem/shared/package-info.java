/**
 * Value types every module may use: countries, languages; and the import machinery every module's import shares
 * (reading CSV/XLSX rows within limits, refusing zip bombs, problems at row and column).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.tandem.shared;
