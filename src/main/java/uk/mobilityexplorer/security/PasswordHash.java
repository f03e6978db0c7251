package uk.mobilityexplorer.security;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2 password hashes, written {@code pbkdf2-sha256:<iterations>:<salt>:<hash>} (Base64), so that
 * configuration holds only hashes, never passwords. Run as a program to hash a password read from standard input.
 */
public final class PasswordHash {

    private static final String SCHEME = "pbkdf2-sha256";
    private static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private PasswordHash() {}

    public static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        return SCHEME + ":" + ITERATIONS + ":" + b64.encodeToString(salt) + ":"
                + b64.encodeToString(derive(password, salt, ITERATIONS));
    }

    /**
     * A hash no password matches (its digest is random), costing the same to check as {@code model}, or as a fresh
     * hash when {@code model} is null or malformed.
     */
    public static String decoyLike(String model) {
        String[] parts = model == null ? new String[0] : model.split(":");
        int iterations = parts.length == 4 && parts[0].equals(SCHEME) && parts[1].matches("\\d{1,7}")
                ? Integer.parseInt(parts[1])
                : ITERATIONS;
        byte[] salt = new byte[SALT_BYTES];
        byte[] digest = new byte[HASH_BITS / 8];
        SecureRandom random = new SecureRandom();
        random.nextBytes(salt);
        random.nextBytes(digest);
        Base64.Encoder b64 = Base64.getEncoder();
        return SCHEME + ":" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(digest);
    }

    /** Whether {@code password} matches {@code encoded}; a malformed hash matches nothing. */
    public static boolean matches(String encoded, char[] password) {
        String[] parts = encoded.split(":");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            if (iterations < 1 || iterations > 10_000_000 || salt.length == 0 || expected.length == 0) {
                return false;
            }
            return MessageDigest.isEqual(expected, derive(password, salt, iterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available in this JVM", e);
        }
    }

    /** Prints the hash of the password given on standard input (first line), for {@code MOBILITY_ADMIN_ACCOUNTS}. */
    public static void main(String[] args) throws IOException {
        Console console = System.console();
        char[] password = console != null
                ? console.readPassword("Password: ")
                : new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .findFirst()
                        .orElse("")
                        .toCharArray();
        if (password == null || password.length < 12) {
            System.err.println("Use a password of at least 12 characters.");
            System.exit(1);
        }
        System.out.println(hash(password));
    }
}
