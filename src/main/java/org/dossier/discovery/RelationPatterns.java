package org.dossier.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.model.Mention;

/**
 * The patterns that state a relation between two linked mentions of one sentence. Each pattern reads only the words
 * between and around the two mentions, and the verbs' lemmas from the analysis:
 * <ul>
 * <li>role appositions: "Prime Minister of Ukraine Denys Shmyhal", "Polish President Andrzej Duda",
 *     "Ursula von der Leyen, President of the European Commission";</li>
 * <li>verbs between the two: "X signed … with Y", "X met (with) Y", "X held talks with Y", "X had a phone
 *     conversation with Y", "X visited Y", "X announced Y", "X supports Y"; and "X and Y met / signed …";</li>
 * <li>membership: "the member states of the European Union, including Denmark", "X is a member of Y".</li>
 * </ul>
 */
final class RelationPatterns {

    /** One relation a sentence states. */
    record Found(String subject, String type, String object, double confidence) {
    }

    /** A mention with its entity's kind. */
    record Linked(Mention mention, String kind) {
        boolean isPerson() {
            return kind.equals("person");
        }

        boolean isPolity() {
            return kind.equals("country") || kind.equals("organization") || kind.equals("city");
        }

        boolean isPlace() {
            return kind.equals("country") || kind.equals("city") || kind.equals("place");
        }
    }

    private static final Pattern ROLE_OF_BEFORE = Pattern.compile("(?:^|\\W)(" + RelationTypes.ROLE + ") of (?:the )?$");
    private static final Pattern ROLE_BETWEEN = Pattern.compile("^(?:['\u2019]s)?\\s+(" + RelationTypes.ROLE + ")\\s+$");
    private static final Pattern ROLE_AFTER = Pattern.compile("^,\\s+(?:the\\s+)?(" + RelationTypes.ROLE + ") of (?:the\\s+)?$");
    private static final Pattern MEMBERS_BEFORE = Pattern.compile("\\bmember(?: states| countries| nations)? of (?:the )?$");
    private static final Pattern INCLUDING = Pattern.compile("^,?\\s+(?:including|in particular|notably|such as)\\s+$");
    private static final Pattern LIST_GAP = Pattern.compile("^(?:,\\s*|\\s+and\\s+|,\\s+and\\s+)$");
    private static final Pattern IS_MEMBER = Pattern.compile("^\\s+(?:is|has been|became)\\s+an?\\s+(?:full\\s+)?member(?:\\s+state)?\\s+of\\s+(?:the\\s+)?$");
    private static final Pattern AND = Pattern.compile("^\\s+and\\s+(?:the\\s+)?$");
    private static final Pattern TALKS = Pattern.compile("\\b(?:talks|negotiations)\\b");
    private static final Pattern PHONE = Pattern.compile("\\b(?:phone|telephone) (?:conversation|call|talk)s?\\b|\\bby phone\\b");
    private static final Pattern WITH = Pattern.compile("\\bwith\\b");
    /** A clause ends here: the verb after it has another subject. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:]|\\b(?:which|who|that|while|whereas|but)\\b");
    private static final int MAX_GAP = 120;
    private static final Pattern AFTER_PREPOSITION = Pattern.compile(
            "\\b(?:in|to|from|at|with|of|for|on|by|between|among|against|into)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** Negation and modality: "does not support", "must hold negotiations", "will visit". */
    private static final Pattern NOT_A_FACT = Pattern.compile(
            "\\b(?:not|never|n't|must|should|would|could|can|may|might|will|shall|ready|want|wants|intends?)\\b");
    /** "… of the " before a role: the role is part of a longer one ("Head of the Office of the President of"). */
    private static final Pattern NESTED = Pattern.compile("\\bof (?:the )?$");
    /** A capitalised word (a name, linked or not) right after, perhaps after a role: "Ukraine Volodymyr …". */
    private static final Pattern QUALIFIES_NEXT = Pattern.compile("^(?:['\u2019]s)?\\s+(?:" + RelationTypes.ROLE
            + "\\s+)?\\p{Lu}");
    /** What may stand between a meeting verb and whom it meets: "met (with) (the) (President of the) ". */
    private static final Pattern MET_OBJECT = Pattern.compile("^\\s*(?:with\\s+)?(?:the\\s+)?$");
    private static final Pattern CONVERSATION = Pattern.compile("^\\s+(?:a\\s+|an\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?"
            + "(talks|negotiations|(?:phone|telephone) (?:conversation|call|talk)|conversation|meeting)\\s+with\\s+(?:the\\s+)?$");
    private static final Set<String> MEETING_VERBS = Set.of("meet", "hold", "have", "sign", "talk", "speak");

    private RelationPatterns() {
    }

    /** The relations stated between mentions {@code a} and {@code b} ({@code a} first) of a sentence. */
    /**
     * Whether the mention only qualifies a role or a name next to it: "Ukraine" in "President of Ukraine Volodymyr
     * Zelenskyy" or "the US Under Secretary". Such a mention is not the subject or object of a verb.
     */
    static boolean qualifies(String text, int sentenceStart, Mention m) {
        String before = text.substring(Math.max(sentenceStart, m.start() - 60), m.start());
        return roleOf(before) != null || QUALIFIES_NEXT.matcher(text.substring(m.end(), Math.min(text.length(),
                m.end() + 40))).find();
    }

    /** The role that "… Prime Minister of (the) " ends with, unless it is nested ("Office of the President of"). */
    private static String roleOf(String before) {
        var role = ROLE_OF_BEFORE.matcher(before);
        if (!role.find()) {
            return null;
        }
        String earlier = before.substring(0, role.start(1));
        return NESTED.matcher(earlier).find() ? null : role.group(1);
    }

    static List<Found> between(String text, int sentenceStart, Linked a, Linked b, List<VerbOccurrence> verbs,
                               boolean aQualifies, boolean bQualifies) {
        List<Found> out = new ArrayList<>(1);
        Mention ma = a.mention();
        Mention mb = b.mention();
        String gap = text.substring(ma.end(), mb.start());
        String before = text.substring(Math.max(sentenceStart, ma.start() - 60), ma.start());
        if (b.isPerson() && a.isPolity() && gap.isBlank()) {
            String role = roleOf(before);
            if (role != null) {
                out.add(new Found(mb.entity(), RelationTypes.ofRole(role), ma.entity(), 0.9));
                return out;
            }
        }
        var role = ROLE_BETWEEN.matcher(gap);
        if (b.isPerson() && a.isPolity() && role.find()) {
            out.add(new Found(mb.entity(), RelationTypes.ofRole(role.group(1)), ma.entity(), 0.85));
            return out;
        }
        role = ROLE_AFTER.matcher(gap);
        if (a.isPerson() && b.isPolity() && !bQualifies && role.find()) {
            out.add(new Found(ma.entity(), RelationTypes.ofRole(role.group(1)), mb.entity(), 0.85));
            return out;
        }
        if (a.kind().equals("organization") && b.isPlace() && INCLUDING.matcher(gap).find()
                && MEMBERS_BEFORE.matcher(before).find()) {
            out.add(new Found(mb.entity(), RelationTypes.MEMBER_OF, ma.entity(), 0.8));
            return out;
        }
        if (b.kind().equals("organization") && a.isPlace() && IS_MEMBER.matcher(gap).find()) {
            out.add(new Found(ma.entity(), RelationTypes.MEMBER_OF, mb.entity(), 0.8));
            return out;
        }
        if (gap.length() > MAX_GAP || aQualifies || bQualifies || CLAUSE_BREAK.matcher(gap).find()) {
            return out;
        }
        if (AFTER_PREPOSITION.matcher(before).find()) {
            return out; // "arrived in Kyiv to support…", "forces of Europe": a is no subject
        }
        if (AND.matcher(gap).find()) {
            coordinated(text, a, b, verbs, out);
            return out;
        }
        verbBetween(text, a, b, gap, verbs, out);
        return out;
    }

    /** "The European Union, including Denmark, Poland and Estonia": the list goes on after a membership. */
    static boolean continuesList(String gap) {
        return LIST_GAP.matcher(gap).find();
    }

    private static void verbBetween(String text, Linked a, Linked b, String gap, List<VerbOccurrence> verbs,
                                    List<Found> out) {
        Mention ma = a.mention();
        Mention mb = b.mention();
        for (VerbOccurrence v : verbs) {
            if (v.start() < ma.end() || v.end() > mb.start()) {
                continue;
            }
            String lead = text.substring(ma.end(), v.start());
            if (lead.length() > 60 || lead.contains(",") || NOT_A_FACT.matcher(lead).find()) {
                return; // the verb's subject is not a, or it says what did not (or may) happen
            }
            String type = typeOf(v.lemma(), text.substring(v.end(), mb.start()), a, b);
            if (type != null) {
                out.add(new Found(ma.entity(), type, mb.entity(), 0.7));
            }
            return; // the first verb after a is a's; if it says nothing, a later one is another subject's
        }
    }

    /** The type a verb gives, from its lemma and the words between it and the object; null for none. */
    private static String typeOf(String lemma, String after, Linked subject, Linked object) {
        boolean with = WITH.matcher(after).find();
        switch (lemma) {
            case "sign":
                if (object.kind().equals("agreement")) {
                    return RelationTypes.PARTY_TO;
                }
                return with ? RelationTypes.SIGNED_AGREEMENT_WITH : null;
            case "meet":
                return MET_OBJECT.matcher(after).find() ? RelationTypes.MET_WITH : null;
            case "hold", "have", "conduct":
                var talk = CONVERSATION.matcher(after);
                if (!talk.find()) {
                    return null;
                }
                return PHONE.matcher(talk.group(1)).find() ? RelationTypes.PHONE_CALL_WITH
                        : talk.group(1).equals("meeting") ? RelationTypes.MET_WITH : RelationTypes.HELD_TALKS_WITH;
            case "talk", "speak":
                return with && PHONE.matcher(after).find() && after.length() < 40 ? RelationTypes.PHONE_CALL_WITH : null;
            case "visit":
                return object.isPlace() && after.length() < 20 && subject.isPerson() ? RelationTypes.VISITED : null;
            case "announce":
                return object.kind().equals("event") || object.kind().equals("agreement") ? RelationTypes.ANNOUNCED : null;
            case "support":
                return after.length() < 20 ? RelationTypes.SUPPORTS : null;
            default:
                return null;
        }
    }

    /** "Zelensky and Duda met", "Ukraine and Denmark have signed a landmark agreement". */
    private static void coordinated(String text, Linked a, Linked b, List<VerbOccurrence> verbs, List<Found> out) {
        int from = b.mention().end();
        for (VerbOccurrence v : verbs) {
            if (v.start() < from) {
                continue;
            }
            String lead = text.substring(from, v.start());
            if (lead.length() > 15 || lead.contains(",") || NOT_A_FACT.matcher(lead).find()
                    || !MEETING_VERBS.contains(v.lemma())) {
                return; // the first verb after "X and Y" is theirs; another kind says nothing here
            }
            String rest = text.substring(v.end(), Math.min(text.length(), v.end() + 60));
            String type = switch (v.lemma()) {
                case "meet" -> RelationTypes.MET_WITH;
                case "sign" -> RelationTypes.SIGNED_AGREEMENT_WITH;
                case "hold", "have" -> PHONE.matcher(rest).find() ? RelationTypes.PHONE_CALL_WITH
                        : TALKS.matcher(rest).find() ? RelationTypes.HELD_TALKS_WITH : null;
                default -> PHONE.matcher(rest).find() ? RelationTypes.PHONE_CALL_WITH : null;
            };
            if (type != null && a.isPolity() == b.isPolity()) {
                out.add(new Found(a.mention().entity(), type, b.mention().entity(), 0.65));
            }
            return;
        }
    }
}
