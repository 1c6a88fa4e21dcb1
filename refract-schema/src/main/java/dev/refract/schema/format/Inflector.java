package dev.refract.schema.format;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English word forms for the names of fields the formatter adds: Prisma derives them with the
 * Rust crate {@code cruet} ({@code Post} becomes {@code post}, plural {@code posts};
 * {@code Category}, {@code categories}). These are the same rules, so added names match.
 */
final class Inflector {
    private Inflector() {
    }

    /**
     * camelCase of a name: separators (anything not a letter or digit) start a new word, a lower
     * case letter followed by an upper case one too; the first word is all lower case.
     */
    static String camelCase(String s) {
        int end = s.length();
        while (end > 0 && !Character.isLetterOrDigit(s.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder(end);
        boolean newWord = false;
        boolean foundReal = false;
        char last = ' ';
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            boolean alnum = Character.isLetterOrDigit(c);
            if (!alnum && foundReal) {
                newWord = true;
            } else if (!foundReal && !alnum) {
                continue;
            } else if (isNumeric(c)) {
                foundReal = true;
                newWord = true;
                out.append(c);
            } else if (newWord || (Character.isLowerCase(last) && Character.isUpperCase(c))) {
                // The previous character is deliberately not updated here: cruet does the same.
                foundReal = true;
                newWord = false;
                out.append(asciiUpper(c));
            } else {
                foundReal = true;
                last = c;
                out.append(asciiLower(c));
            }
        }
        return out.toString();
    }

    private static boolean isNumeric(char c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    private static char asciiUpper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** The plural of a (camelCase) word. */
    static String plural(String word) {
        int sep = Math.max(word.lastIndexOf('-'), word.lastIndexOf('_'));
        if (sep >= 0) {
            String last = word.substring(sep + 1);
            return last.isEmpty() ? word : word.substring(0, sep + 1) + plural(last);
        }
        if (UNCOUNTABLE.contains(word)) {
            return word;
        }
        String special = SPECIAL.get(word);
        if (special != null) {
            return special;
        }
        // The most specific rules are last in the list and tried first.
        for (int i = RULES.size() - 1; i >= 0; i--) {
            Rule r = RULES.get(i);
            Matcher m = r.pattern().matcher(word);
            if (m.find()) {
                return m.group(1) + r.replacement();
            }
        }
        return word + "s";
    }

    private record Rule(Pattern pattern, String replacement) {
        static Rule of(String regex, String replacement) {
            return new Rule(Pattern.compile(regex), replacement);
        }
    }

    private static final Map<String, String> SPECIAL = Map.of("ox", "oxen", "man", "men", "woman", "women",
            "die", "dice", "yes", "yeses", "foot", "feet", "eave", "eaves", "goose", "geese", "tooth", "teeth",
            "quiz", "quizzes");

    private static final List<Rule> RULES = List.of(
            Rule.of("(\\w*)s$", "s"),
            Rule.of("(\\w*([^aeiou]ese))$", ""),
            Rule.of("(\\w*(ax|test))is$", "es"),
            Rule.of("(\\w*(alias|[^aou]us|tlas|gas|ris))$", "es"),
            Rule.of("(\\w*(e[mn]u))s?$", "s"),
            Rule.of("(\\w*([^l]ias|[aeiou]las|[emjzr]as|[iu]am))$", ""),
            Rule.of("(\\w*(alumn|syllab|octop|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat))"
                    + "(?:us|i)$", "i"),
            Rule.of("(\\w*(alumn|alg|vertebr))(?:a|ae)$", "ae"),
            Rule.of("(\\w*(seraph|cherub))(?:im)?$", "im"),
            Rule.of("(\\w*(her|at|gr))o$", "oes"),
            Rule.of("(\\w*(agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi"
                    + "|curricul|automat|quor))(?:a|um)$", "a"),
            Rule.of("(\\w*(apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr"
                    + "|automat))(?:a|on)$", "a"),
            Rule.of("(\\w*)sis$", "ses"),
            Rule.of("(\\w*(kni|wi|li))fe$", "ves"),
            Rule.of("(\\w*(ar|l|ea|eo|oa|hoo))f$", "ves"),
            Rule.of("(\\w*([^aeiouy]|qu))y$", "ies"),
            Rule.of("(\\w*([^ch][ieo][ln]))ey$", "ies"),
            Rule.of("(\\w*(x|ch|ss|sh|zz)es)$", ""),
            Rule.of("(\\w*(x|ch|ss|sh|zz))$", "es"),
            Rule.of("(\\w*(matr|cod|mur|sil|vert|ind|append))(?:ix|ex)$", "ices"),
            Rule.of("(\\w*(m|l))(?:ice|ouse)$", "ice"),
            Rule.of("(\\w*(pe))(?:rson|ople)$", "ople"),
            Rule.of("(\\w*(child))(?:ren)?$", "ren"),
            Rule.of("(\\w*eaux)$", ""));

    private static final Set<String> UNCOUNTABLE = Set.of(
            "accommodation", "adulthood", "advertising", "advice", "aggression", "aid", "air", "aircraft",
            "alcohol", "anger", "applause", "arithmetic", "assistance", "athletics", "bacon", "baggage", "beef",
            "biology", "blood", "botany", "bread", "butter", "carbon", "cardboard", "cash", "chalk", "chaos",
            "chess", "crossroads", "countryside", "dancing", "deer", "dignity", "dirt", "dust", "economics",
            "education", "electricity", "engineering", "enjoyment", "envy", "equipment", "ethics", "evidence",
            "evolution", "fame", "fiction", "flour", "flu", "food", "fuel", "fun", "furniture", "gallows",
            "garbage", "garlic", "genetics", "gold", "golf", "gossip", "grammar", "gratitude", "grief", "guilt",
            "gymnastics", "happiness", "hardware", "harm", "hate", "hatred", "health", "heat", "help", "homework",
            "honesty", "honey", "hospitality", "housework", "humour", "hunger", "hydrogen", "ice", "importance",
            "inflation", "information", "innocence", "iron", "irony", "jam", "jewelry", "judo", "karate",
            "knowledge", "lack", "laughter", "lava", "leather", "leisure", "lightning", "linguine", "linguini",
            "linguistics", "literature", "litter", "livestock", "logic", "loneliness", "luck", "luggage",
            "macaroni", "machinery", "magic", "management", "mankind", "marble", "mathematics", "mayonnaise",
            "measles", "methane", "milk", "money", "mud", "music", "mumps", "nature", "news", "nitrogen",
            "nonsense", "nurture", "nutrition", "obedience", "obesity", "oxygen", "pasta", "patience", "physics",
            "poetry", "pollution", "poverty", "pride", "psychology", "publicity", "punctuation", "quartz",
            "racism", "relaxation", "reliability", "research", "respect", "revenge", "rice", "rubbish", "rum",
            "safety", "scenery", "seafood", "seaside", "series", "shame", "sheep", "shopping", "sleep", "smoke",
            "smoking", "snow", "soap", "software", "soil", "spaghetti", "species", "steam", "stuff", "stupidity",
            "sunshine", "symmetry", "tennis", "thirst", "thunder", "timber", "traffic", "transportation", "trust",
            "underwear", "unemployment", "unity", "validity", "veal", "vegetation", "vegetarianism", "vengeance",
            "violence", "vitality", "warmth", "wealth", "weather", "welfare", "wheat", "wildlife", "wisdom",
            "yoga", "zinc", "zoology");
}
