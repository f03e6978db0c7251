package uk.mobilityexplorer.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds areas (of any type, councils included) by name, code or alias, the way a person types a place: case, accents
 * and punctuation do not matter ({@code "king's lynn"}, {@code "Kings Lynn"} and {@code "KINGS-LYNN"} are the same),
 * and {@code &} reads as "and". Matches rank, best first: the code itself; the whole name; the start of the name;
 * the start of words in the name (every word typed starts a different word of the name); then the same three tests
 * on the area's other names. Within a rank, current areas come before retired ones, then shorter names, then
 * alphabetical order.
 */
public final class AreaNameSearch {

    /** How an entry matched, best first. */
    public enum MatchKind {
        CODE,
        NAME,
        NAME_PREFIX,
        WORD_PREFIX,
        ALIAS
    }

    /** A searchable area: its code, official name, type, other names and whether its code is retired. */
    public record Entry(String code, String name, String type, List<String> aliases, boolean retired) {}

    /** One hit: the entry, how it matched and the name that matched (an alias when {@code kind} is ALIAS). */
    public record Match(Entry entry, MatchKind kind, String matchedName) {}

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    /**
     * An entry with its distinct names as given ({@code shown}) and normalised once, aligned; index 0 is the
     * official name.
     */
    private record Indexed(Entry entry, String code, List<String> shown, List<String> names, List<String[]> words) {}

    /** A candidate match with the rank within its kind (exact, prefix or word prefix) for aliases. */
    private record Scored(Match match, int aliasRank) {}

    private final List<Indexed> index = new ArrayList<>();

    public AreaNameSearch(Collection<Entry> entries) {
        for (Entry e : entries) {
            List<String> shown = new ArrayList<>(List.of(e.name()));
            List<String> names = new ArrayList<>(List.of(normalise(e.name())));
            for (String alias : e.aliases()) {
                String n = normalise(alias);
                if (!n.isEmpty() && !names.contains(n)) {
                    shown.add(alias);
                    names.add(n);
                }
            }
            index.add(new Indexed(
                    e,
                    e.code().toLowerCase(Locale.ROOT),
                    shown,
                    names,
                    names.stream().map(n -> n.split(" ")).toList()));
        }
    }

    /**
     * Lower case, accents dropped, apostrophes removed, {@code &} read as "and", any other run of punctuation or
     * space a single space.
     */
    public static String normalise(String text) {
        String decomposed =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String lower = APOSTROPHES
                .matcher(decomposed.toLowerCase(Locale.ROOT))
                .replaceAll("")
                .replace("&", " and ");
        return NOT_ALPHANUMERIC.matcher(lower).replaceAll(" ").strip();
    }

    /** Matches of {@code query} in rank order, at most {@code limit}; none when the query has no letter or digit. */
    public List<Match> search(String query, int limit) {
        return search(query, null, limit);
    }

    /** As {@link #search(String, int)}, among entries of one type (any case) when {@code type} is not null. */
    public List<Match> search(String query, String type, int limit) {
        String q = normalise(query);
        if (q.isEmpty()) {
            return List.of();
        }
        String[] typed = q.split(" ");
        return index.stream()
                .filter(i -> type == null || i.entry().type().equalsIgnoreCase(type))
                .map(i -> score(i, q, typed))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing((Scored s) -> s.match().kind())
                        .thenComparingInt(Scored::aliasRank)
                        .thenComparing(s -> s.match().entry().retired())
                        .thenComparingInt(s -> s.match().entry().name().length())
                        .thenComparing(s -> s.match().entry().name())
                        .thenComparing(s -> s.match().entry().code()))
                .limit(limit)
                .map(Scored::match)
                .toList();
    }

    private static Optional<Scored> score(Indexed i, String q, String[] typed) {
        Entry e = i.entry();
        if (i.code().equals(q.replace(" ", ""))) {
            return Optional.of(new Scored(new Match(e, MatchKind.CODE, e.name()), 0));
        }
        String name = i.names().get(0);
        if (name.equals(q)) {
            return Optional.of(new Scored(new Match(e, MatchKind.NAME, e.name()), 0));
        }
        if (name.startsWith(q)) {
            return Optional.of(new Scored(new Match(e, MatchKind.NAME_PREFIX, e.name()), 0));
        }
        if (wordsStartWith(i.words().get(0), typed)) {
            return Optional.of(new Scored(new Match(e, MatchKind.WORD_PREFIX, e.name()), 0));
        }
        Scored best = null;
        for (int a = 1; a < i.names().size(); a++) {
            String alias = i.names().get(a);
            int rank = alias.equals(q)
                    ? 0
                    : alias.startsWith(q) ? 1 : wordsStartWith(i.words().get(a), typed) ? 2 : -1;
            if (rank >= 0 && (best == null || rank < best.aliasRank())) {
                best = new Scored(new Match(e, MatchKind.ALIAS, i.shown().get(a)), rank);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether every typed word starts a different word of the name. */
    private static boolean wordsStartWith(String[] nameWords, String[] typed) {
        boolean[] used = new boolean[nameWords.length];
        for (String t : typed) {
            boolean found = false;
            for (int w = 0; w < nameWords.length && !found; w++) {
                if (!used[w] && nameWords[w].startsWith(t)) {
                    used[w] = true;
                    found = true;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
