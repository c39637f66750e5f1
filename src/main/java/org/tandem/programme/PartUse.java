package org.tandem.programme;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * How much of something uses a part of a programme, as words in the reader's language: {@code code} is the message
 * that counts it (e.g. "{0} enrolments"), {@code names} what it is when that helps (e.g. the open duos, argument {1}).
 * It goes into a refusal as an argument, where the message source resolves it.
 */
public record PartUse(String code, long count, String names) implements MessageSourceResolvable {

    public PartUse {
        if (count < 1) {
            throw new IllegalArgumentException("a use counts at least one");
        }
    }

    public PartUse(String code, long count) {
        this(code, count, "");
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return new Object[] {count, names};
    }

    /** The uses as one phrase: "12 enrolments and the progress of 3 duos". */
    static MessageSourceResolvable all(List<PartUse> uses) {
        MessageSourceResolvable phrase = uses.get(0);
        for (int i = 1; i < uses.size(); i++) {
            phrase = new DefaultMessageSourceResolvable(new String[] {"programme.part.and"},
                    new Object[] {phrase, uses.get(i)});
        }
        return phrase;
    }
}
