package fr.proxima.inventory.ci.model;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * The rules a new relation must satisfy: never from a CI to itself, never twice (in either direction for a
 * symmetric type), and no loop of a directed type (A part of B part of A).
 */
public final class RelationRules {

    /** A relation as stored: for a symmetric type, the smaller id first. */
    public record Link(long source, RelationType type, long target) {
        /** The canonical form of a new link (symmetric links ordered by id). */
        public static Link of(long source, RelationType type, long target) {
            if (type.symmetric() && source > target) {
                return new Link(target, type, source);
            }
            return new Link(source, type, target);
        }
    }

    private RelationRules() {
    }

    /**
     * Checks a new link against the existing ones.
     *
     * @param existing the links of the source CI (both directions)
     * @param targetsOf for a directed type, the targets of a CI's links of that type (to walk up the hierarchy)
     * @throws CiRuleViolation {@link CiRuleViolation#SELF_RELATION}, {@link CiRuleViolation#DUPLICATE_RELATION} or
     *                         {@link CiRuleViolation#RELATION_CYCLE}
     */
    public static Link check(long source, RelationType type, long target, Collection<Link> existing,
                             LongFunction<Collection<Long>> targetsOf) {
        if (source == target) {
            throw CiRuleViolation.relation(CiRuleViolation.SELF_RELATION, CiRuleViolation.Kind.INVALID,
                    "Un matériel ne peut pas être en relation avec lui-même");
        }
        Link link = Link.of(source, type, target);
        if (existing.contains(link)) {
            throw CiRuleViolation.relation(CiRuleViolation.DUPLICATE_RELATION, CiRuleViolation.Kind.CONFLICT,
                    "Cette relation existe déjà");
        }
        if (!type.symmetric() && reaches(target, source, targetsOf)) {
            throw CiRuleViolation.relation(CiRuleViolation.RELATION_CYCLE, CiRuleViolation.Kind.CONFLICT,
                    "Cette relation « " + type.label() + " » formerait une boucle");
        }
        return link;
    }

    /** Whether {@code goal} is reachable from {@code start} by following links of the type. */
    private static boolean reaches(long start, long goal, LongFunction<Collection<Long>> targetsOf) {
        Deque<Long> todo = new ArrayDeque<>();
        Set<Long> seen = new HashSet<>();
        todo.push(start);
        while (!todo.isEmpty()) {
            long current = todo.pop();
            if (current == goal) {
                return true;
            }
            if (seen.add(current) && seen.size() < 10_000) {
                for (Long next : targetsOf.apply(current)) {
                    todo.push(next);
                }
            }
        }
        return false;
    }
}
