package dev.esi4j.demo;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import dev.esi4j.EsiClient;
import dev.esi4j.token.Token;

/**
 * The authenticated ESI calls of the character pages: skills and wallet of one token's character.
 */
@ApplicationScoped
public class CharacterData {

    @Inject
    EsiClient esi;

    /**
     * @param token a token with {@link DemoScopes#CHARACTER}
     * @return what ESI says of the character
     */
    public Summary of(Token token) {
        JsonObject skills = esi.operation("GetCharactersCharacterIdSkills").token(token).result().asJsonObject();
        JsonValue wallet = esi.operation("GetCharactersCharacterIdWallet").token(token).result();
        BigDecimal balance = wallet instanceof JsonNumber n ? n.bigDecimalValue() : BigDecimal.ZERO;
        return new Summary(token.characterId(), token.characterName(), skills.getJsonNumber("total_sp").longValue(),
                skills.getJsonArray("skills").size(), balance);
    }

    /**
     * @param characterId   EVE character id
     * @param name          character name
     * @param totalSp       skill points
     * @param trainedSkills number of trained skills
     * @param balance       wallet balance in ISK
     */
    public record Summary(long characterId, String name, long totalSp, int trainedSkills, BigDecimal balance) {

        /** @return the skill points with thousands separators */
        public String skillPoints() {
            return NumberFormat.getIntegerInstance(Locale.ROOT).format(totalSp);
        }

        /** @return the balance as {@code 1,234.56 ISK} */
        public String isk() {
            NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
            return format.format(balance) + " ISK";
        }
    }
}
