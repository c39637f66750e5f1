package org.tandem.system;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

/**
 * The application's messages, a message without arguments looked up once per code and language. The bundles are
 * read once and never change while Tandem runs; looking a code up walked the 28 bundles each time (a page asks for a
 * few hundred messages: 7 % of an at-risk list's CPU). Messages with arguments are formatted by the source each time.
 */
final class KeptMessages implements HierarchicalMessageSource {

    /** More codes than the bundles hold means codes made up from input: those are looked up, not kept. */
    static final int MOST = 20_000;

    private final MessageSource source;
    private final Map<Locale, Map<String, Optional<String>>> plain = new ConcurrentHashMap<>();
    private final AtomicInteger kept = new AtomicInteger();

    KeptMessages(MessageSource source) {
        this.source = source;
    }

    @Override
    public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
        if (args != null && args.length > 0 || locale == null) {
            return source.getMessage(code, args, defaultMessage, locale);
        }
        var message = plain(code, locale);
        return message != null ? message : defaultMessage;
    }

    @Override
    public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
        if (args != null && args.length > 0 || locale == null) {
            return source.getMessage(code, args, locale);
        }
        var message = plain(code, locale);
        if (message == null) {
            throw new NoSuchMessageException(code, locale);
        }
        return message;
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
        return source.getMessage(resolvable, locale);
    }

    private String plain(String code, Locale locale) {
        if (code == null) {
            return source.getMessage(code, null, null, locale);
        }
        var inLocale = plain.computeIfAbsent(locale, l -> new ConcurrentHashMap<>());
        var message = inLocale.get(code);
        if (message == null) {
            message = Optional.ofNullable(source.getMessage(code, null, null, locale));
            if (kept.incrementAndGet() <= MOST) {
                inLocale.put(code, message);
            }
        }
        return message.orElse(null);
    }

    @Override
    public void setParentMessageSource(MessageSource parent) {
        if (source instanceof HierarchicalMessageSource hierarchical) {
            hierarchical.setParentMessageSource(parent);
        }
    }

    @Override
    public MessageSource getParentMessageSource() {
        return source instanceof HierarchicalMessageSource hierarchical ? hierarchical.getParentMessageSource() : null;
    }
}
