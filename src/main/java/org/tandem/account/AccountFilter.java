package org.tandem.account;

/** The admins' search of accounts: part of a name or e-mail address, a role, active or not; paged. */
public record AccountFilter(String text, Role role, Boolean active, int page, int size) {

    public static final int LARGEST_PAGE = 200;

    public AccountFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        page = Math.max(0, page);
        size = size <= 0 ? 50 : Math.min(size, LARGEST_PAGE);
    }
}
