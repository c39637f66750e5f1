package org.tandem.matching.solver;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Streams an instance file
 * {@code {"mentors":[{"id":"m1","capacity":2}], "mentees":[{"id":"e1"}], "pairs":[[0,0,870]]}}
 * without holding the text in memory. Keys may come in any order; pair indices are checked once all
 * three arrays are read.
 */
public final class InstanceReader {
    private static final JsonFactory FACTORY = new JsonFactory();

    private InstanceReader() {
    }

    public static Instance read(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(in);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Reads one instance; the stream is not closed. */
    public static Instance read(InputStream in) {
        try (JsonParser p = FACTORY.createParser(in)) {
            return new Parse(p).instance();
        } catch (InstanceFormatException e) {
            throw e;
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new InstanceFormatException(describe(e), e);
        }
    }

    private static String describe(JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return "malformed JSON" + where + ": " + e.getOriginalMessage();
    }

    private static final class Parse {
        private final JsonParser p;
        private String[] mentorIds;
        private int[] capacities;
        private String[] menteeIds;
        private IntList pairMentee;
        private IntList pairMentor;
        private IntList pairScore;

        Parse(JsonParser p) {
            this.p = p;
        }

        Instance instance() {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw fail("instance must be a JSON object");
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                String key = p.currentName();
                p.nextToken();
                switch (key) {
                    case "mentors" -> {
                        once(mentorIds, key);
                        readMentors();
                    }
                    case "mentees" -> {
                        once(menteeIds, key);
                        menteeIds = readMentees();
                    }
                    case "pairs" -> {
                        once(pairScore, key);
                        readPairs();
                    }
                    default -> throw fail("unknown top-level key '" + key + "'");
                }
            }
            if (p.nextToken() != null) {
                throw fail("unexpected content after the top-level object");
            }
            if (mentorIds == null) {
                throw fail("missing 'mentors'");
            }
            if (menteeIds == null) {
                throw fail("missing 'mentees'");
            }
            if (pairScore == null) {
                throw fail("missing 'pairs'");
            }
            try {
                return Instance.of(mentorIds, capacities, menteeIds,
                        pairMentee.values, pairMentor.values, pairScore.values, pairScore.size);
            } catch (IllegalArgumentException e) {
                throw new InstanceFormatException(e.getMessage(), e);
            }
        }

        private void once(Object seen, String key) {
            if (seen != null) {
                throw fail("duplicate top-level key '" + key + "'");
            }
        }

        private void readMentors() {
            expect(JsonToken.START_ARRAY, "'mentors' must be an array");
            List<String> ids = new ArrayList<>();
            IntList caps = new IntList(64);
            Map<String, Integer> firstIndex = new HashMap<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                int i = ids.size();
                String at = "mentors[" + i + "]";
                expect(JsonToken.START_OBJECT, at + " must be an object");
                String id = null;
                long capacity = -1;
                boolean hasCapacity = false;
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String key = p.currentName();
                    JsonToken v = p.nextToken();
                    if (key.equals("id")) {
                        id = idValue(v, at);
                    } else if (key.equals("capacity")) {
                        hasCapacity = true;
                        if (v != JsonToken.VALUE_NUMBER_INT
                                || p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() < 0) {
                            throw fail(at + ".capacity must be a non-negative integer");
                        }
                        capacity = p.getIntValue();
                    } else {
                        throw fail(at + ": unknown key '" + key + "'");
                    }
                }
                if (id == null) {
                    throw fail(at + ".id is missing");
                }
                if (!hasCapacity) {
                    throw fail(at + ".capacity is missing");
                }
                Integer dup = firstIndex.putIfAbsent(id, i);
                if (dup != null) {
                    throw fail(at + ".id '" + id + "' repeats mentors[" + dup + "]");
                }
                ids.add(id);
                caps.add((int) capacity);
            }
            mentorIds = ids.toArray(String[]::new);
            capacities = Arrays.copyOf(caps.values, caps.size);
        }

        private String[] readMentees() {
            expect(JsonToken.START_ARRAY, "'mentees' must be an array");
            List<String> ids = new ArrayList<>();
            Map<String, Integer> firstIndex = new HashMap<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                int i = ids.size();
                String at = "mentees[" + i + "]";
                expect(JsonToken.START_OBJECT, at + " must be an object");
                String id = null;
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String key = p.currentName();
                    JsonToken v = p.nextToken();
                    if (key.equals("id")) {
                        id = idValue(v, at);
                    } else {
                        throw fail(at + ": unknown key '" + key + "'");
                    }
                }
                if (id == null) {
                    throw fail(at + ".id is missing");
                }
                Integer dup = firstIndex.putIfAbsent(id, i);
                if (dup != null) {
                    throw fail(at + ".id '" + id + "' repeats mentees[" + dup + "]");
                }
                ids.add(id);
            }
            return ids.toArray(String[]::new);
        }

        private String idValue(JsonToken v, String at) {
            if (v != JsonToken.VALUE_STRING) {
                throw fail(at + ".id must be a string");
            }
            String id = p.getString();
            if (id.isEmpty()) {
                throw fail(at + ".id must not be empty");
            }
            return id;
        }

        private void readPairs() {
            expect(JsonToken.START_ARRAY, "'pairs' must be an array");
            pairMentee = new IntList(1 << 16);
            pairMentor = new IntList(1 << 16);
            pairScore = new IntList(1 << 16);
            int k = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() != JsonToken.START_ARRAY) {
                    throw fail(pairShape(k));
                }
                int mentee = pairInt(k, "mentee index");
                int mentor = pairInt(k, "mentor index");
                int score = pairInt(k, "score");
                if (p.nextToken() != JsonToken.END_ARRAY) {
                    throw fail(pairShape(k));
                }
                if (score < 0 || score > Instance.MAX_SCORE) {
                    throw fail("pairs[" + k + "]: score " + score + " outside 0.." + Instance.MAX_SCORE);
                }
                pairMentee.add(mentee);
                pairMentor.add(mentor);
                pairScore.add(score);
                k++;
            }
        }

        private int pairInt(int k, String what) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.END_ARRAY) {
                throw fail(pairShape(k));
            }
            if (t != JsonToken.VALUE_NUMBER_INT) {
                throw fail("pairs[" + k + "]: " + what + " must be an integer");
            }
            if (p.getNumberType() != JsonParser.NumberType.INT) {
                throw fail("pairs[" + k + "]: " + what + " " + p.getString() + " out of range");
            }
            return p.getIntValue();
        }

        private static String pairShape(int k) {
            return "pairs[" + k + "] must be an array [menteeIndex, mentorIndex, score]";
        }

        private void expect(JsonToken token, String message) {
            if (p.currentToken() != token) {
                throw fail(message);
            }
        }

        private InstanceFormatException fail(String message) {
            return new InstanceFormatException(message);
        }
    }

    /** Growable primitive buffer: pairs are kept unboxed while streaming. */
    private static final class IntList {
        int[] values;
        int size;

        IntList(int initial) {
            values = new int[initial];
        }

        void add(int v) {
            if (size == values.length) {
                long grown = Math.min(Integer.MAX_VALUE - 8L, values.length + (values.length >> 1) + 16L);
                if (grown <= size) {
                    throw new InstanceFormatException("too many pairs");
                }
                values = Arrays.copyOf(values, (int) grown);
            }
            values[size++] = v;
        }
    }
}
