package org.tandem.account;

/** What an API token may do: only read (GET), or everything its owner may do. */
public enum ApiTokenScope {
    READ_ONLY, OWNER_RIGHTS
}
