import java.util.Locale;

/**
 * Prints every ISO 3166-1 alpha-2 code with its country name in English, Ukrainian and Russian, as the JDK's CLDR
 * locale data gives them (Unicode licence), tab-separated. Run with: java CldrNames.java
 */
public class CldrNames {
    public static void main(String[] args) {
        Locale uk = Locale.forLanguageTag("uk");
        Locale ru = Locale.forLanguageTag("ru");
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            System.out.println(code + "\t" + country.getDisplayCountry(Locale.ENGLISH) + "\t"
                    + country.getDisplayCountry(uk) + "\t" + country.getDisplayCountry(ru));
        }
    }
}
