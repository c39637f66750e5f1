/**
 * Value types every module may use: countries, languages.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.tandem.shared;
