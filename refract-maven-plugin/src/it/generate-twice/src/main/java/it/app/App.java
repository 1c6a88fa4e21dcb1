package it.app;

import refract.client.Author;
import refract.client.Refract;

/** Compiles only if the generated client is on the compile source roots. */
public final class App {
    private App() {
    }

    public static Author.WhereUnique byEmail(String email) {
        return Author.WhereUnique.email(email);
    }

    public static Class<?> client() {
        return Refract.class;
    }
}
