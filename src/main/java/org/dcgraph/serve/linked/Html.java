package org.dcgraph.serve.linked;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

/** Escaping, and the language attributes that set Arabic and Persian right to left. */
final class Html {
    /** Primary language subtags of the scripts written right to left. */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv", "sd", "ug");

    private Html() {}

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code lang="ar" dir="rtl"}, or an empty string for a literal without a language. */
    static String languageAttributes(String lang) {
        if (lang == null || lang.isEmpty())
            return "";
        String primary = lang.toLowerCase(Locale.ROOT).split("-")[0];
        return " lang=\"" + escape(lang) + "\" dir=\"" + (RIGHT_TO_LEFT.contains(primary) ? "rtl" : "ltr") + "\"";
    }

    /** Text in an element that carries its language, e.g. {@code <span lang="fa" dir="rtl">...</span>}. */
    static String inLanguage(String element, String text, String lang) {
        return "<" + element + languageAttributes(lang) + ">" + escape(text) + "</" + element + ">";
    }

    /** Sends a whole page, 200, as UTF-8 HTML with its length. */
    static void send(HttpServletResponse response, CharSequence page) throws IOException {
        byte[] bytes = page.toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** Makes JSON safe inside a script element: no "</" can close it early. */
    static String scriptJson(String json) {
        return json.replace("</", "<\\/");
    }

    static String head(String title, String extraHead) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
               + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               + "<title>" + escape(title) + "</title>\n"
               + "<link rel=\"icon\" href=\"/favicon.ico\">\n"
               + "<link rel=\"stylesheet\" href=\"/static/dcgraph.css\">\n" + extraHead + "</head>\n<body>\n"
               + "<header class=\"site\"><a href=\"/\">dcgraph</a> · UN digital-cooperation documents as linked data"
               + " · <a href=\"/#sparql\">SPARQL</a> · <a href=\"/.well-known/void\">VoID</a></header>\n<main>\n";
    }
}
