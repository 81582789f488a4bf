package fr.proxima.itsm.ticket.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a ticket's text as the search indexes them ({@code itsm_ticket_term}), and the same treatment of
 * what a user types, so that both meet:
 * <ol>
 *   <li>lower case; accents and other marks folded (NFKD, marks removed: é → e, ç → c), ligatures spelled out
 *       (œ → oe, æ → ae, ß → ss, ø → o, ł → l, đ → d);</li>
 *   <li>split on anything that is not a letter or a digit (an apostrophe too: "l'accueil" → "l", "accueil");</li>
 *   <li>keep words of {@value #MIN_LENGTH} characters or more ("pc", "2e" are kept) that are not in a short list of
 *       French stopwords ({@link #STOPWORDS});</li>
 *   <li>light stemming so that singular and plural meet: a word of {@value #STEM_MIN_LENGTH} characters or more
 *       loses a final {@code s} or {@code x} ("imprimantes" → "imprimante", "bureaux" → "bureau", "accès" → "acce").
 *       It is deliberately crude (no dictionary): both sides are stemmed the same way, so a wrong stem ("prix" →
 *       "pri") still matches itself;</li>
 *   <li>each term cut to {@value #MAX_TERM_LENGTH} characters (the column's width), distinct, in order of first
 *       appearance; a ticket keeps its first {@value #MAX_TICKET_TERMS} distinct terms (title first).</li>
 * </ol>
 * Changing these rules changes the stored terms: a change must come with a migration that re-indexes the tickets
 * (see {@code docs/tickets.md}, "Text search").
 */
public final class SearchTerms {
    public static final int MIN_LENGTH = 2;
    public static final int STEM_MIN_LENGTH = 4;
    public static final int MAX_TERM_LENGTH = 64;
    public static final int MAX_TICKET_TERMS = 200;
    /** A query uses at most this many terms (the rest of what was typed is ignored). */
    public static final int MAX_QUERY_TERMS = 10;
    /** The last word typed is a prefix only when it has at least this many characters (folded, before stemming). */
    public static final int PREFIX_MIN_LENGTH = 4;

    /** French function words, already folded (no accents), checked before stemming. */
    static final Set<String> STOPWORDS = Set.of(
            "le", "la", "les", "de", "des", "du", "un", "une", "et", "ou", "en", "au", "aux", "pour", "par", "sur",
            "dans", "avec", "sans", "est", "son", "sa", "ses", "ce", "ces", "cet", "cette", "il", "ils", "elle",
            "elles", "on", "nous", "vous", "je", "tu", "me", "te", "se", "ne", "pas", "plus", "qui", "que", "qu",
            "dont", "mais", "donc", "car", "ni", "leur", "leurs", "mon", "ma", "mes", "ton", "ta", "tes", "notre",
            "nos", "votre", "vos", "lui", "sont", "ete", "etre", "ai", "as", "avons", "avez", "ont", "tres", "si",
            "chez", "sous", "vers", "entre", "comme", "tout", "tous", "toute", "toutes", "deja", "aussi");

    private SearchTerms() {
    }

    /**
     * The distinct terms of a ticket (title, then description), at most {@value #MAX_TICKET_TERMS}, in order of
     * first appearance.
     */
    public static List<String> ofTicket(String title, String description) {
        LinkedHashSet<String> terms = new LinkedHashSet<>();
        addTerms(title, terms, MAX_TICKET_TERMS);
        addTerms(description, terms, MAX_TICKET_TERMS);
        return List.copyOf(terms);
    }

    /** The distinct terms of a text (no cap other than the ticket's). */
    public static List<String> of(String text) {
        LinkedHashSet<String> terms = new LinkedHashSet<>();
        addTerms(text, terms, MAX_TICKET_TERMS);
        return List.copyOf(terms);
    }

    /**
     * What a user typed in the search box, as terms to require: every word is an exact term, except the last one
     * typed, which is a prefix (the user may still be typing it) when it has at least {@value #PREFIX_MIN_LENGTH}
     * characters as typed. The prefix is the word's stemmed term, so that "imprimantes" still finds the stored
     * "imprimante" and a partial "mess" ("mes" once stemmed) still finds "messagerie". Empty when nothing searchable was typed (only stopwords, one-letter
     * words or punctuation).
     */
    public static List<QueryTerm> ofQuery(String typed) {
        List<String> words = new ArrayList<>();
        String lastWord = null;
        for (String word : words(typed)) {
            lastWord = word;
            String term = term(word);
            if (term != null && !words.contains(term) && words.size() < MAX_QUERY_TERMS) {
                words.add(term);
            }
        }
        if (words.isEmpty()) {
            return List.of();
        }
        String lastTerm = lastWord == null ? null : term(lastWord);
        boolean lastIsPrefix = lastTerm != null && lastWord.length() >= PREFIX_MIN_LENGTH;
        List<QueryTerm> result = new ArrayList<>(words.size());
        for (String term : words) {
            boolean prefix = lastIsPrefix && term.equals(lastTerm);
            result.add(new QueryTerm(term, prefix));
        }
        return List.copyOf(result);
    }

    /** One term of a query: {@code prefix} means "any term starting with it". */
    public record QueryTerm(String term, boolean prefix) {
        public QueryTerm {
            if (term == null || term.isEmpty() || term.length() > MAX_TERM_LENGTH) {
                throw new IllegalArgumentException("term of 1.." + MAX_TERM_LENGTH + " characters");
            }
        }
    }

    // ---------------------------------------------------------------- internals

    private static void addTerms(String text, Set<String> terms, int cap) {
        if (text == null) {
            return;
        }
        for (String word : words(text)) {
            if (terms.size() >= cap) {
                return;
            }
            String term = term(word);
            if (term != null) {
                terms.add(term);
            }
        }
    }

    /** A folded word → its term, or {@code null} when it is too short or a stopword. */
    private static String term(String word) {
        if (word.length() < MIN_LENGTH || STOPWORDS.contains(word)) {
            return null;
        }
        String term = word;
        if (term.length() >= STEM_MIN_LENGTH) {
            char last = term.charAt(term.length() - 1);
            if (last == 's' || last == 'x') {
                term = term.substring(0, term.length() - 1);
            }
        }
        if (term.codePointCount(0, term.length()) > MAX_TERM_LENGTH) {
            term = term.substring(0, term.offsetByCodePoints(0, MAX_TERM_LENGTH));
        }
        return term;
    }

    /** The folded words of a text (lower case, no marks, ligatures spelled out), split on non letters/digits. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return words;
        }
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < decomposed.length()) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                continue; // the accent of a decomposed letter: folded away, the word goes on
            }
            if (Character.isLetterOrDigit(cp)) {
                switch (cp) {
                    case 'œ' -> word.append("oe");
                    case 'æ' -> word.append("ae");
                    case 'ß' -> word.append("ss");
                    case 'ø' -> word.append('o');
                    case 'ł' -> word.append('l');
                    case 'đ' -> word.append('d');
                    case 'ı' -> word.append('i');
                    default -> word.appendCodePoint(Character.toLowerCase(cp));
                }
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }
}
