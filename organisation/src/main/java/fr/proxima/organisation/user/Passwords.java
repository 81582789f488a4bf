package fr.proxima.organisation.user;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Password hashing with Argon2id (password4j). The parameters (19 MiB, 2 passes, 1 lane) are OWASP's minimum
 * recommendation: about 30 ms a hash on these machines, which keeps login bearable and guessing expensive.
 */
public final class Passwords {
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);
    /** Compared against when the user does not exist, so a wrong username costs as long as a wrong password. */
    private static final String DUMMY = hash("not-a-password");

    private Passwords() {
    }

    public static String hash(String plain) {
        return Password.hash(plain).addRandomSalt(16).with(ARGON2).getResult();
    }

    public static boolean matches(String plain, String hash) {
        if (plain == null || hash == null) {
            return false;
        }
        try {
            return Password.check(plain, hash).with(ARGON2);
        } catch (RuntimeException e) {
            return false;
        }
    }

    static void burn(String plain) {
        matches(plain == null ? "" : plain, DUMMY);
    }
}
