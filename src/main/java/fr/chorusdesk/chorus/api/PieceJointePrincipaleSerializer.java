package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;

/** Writes {@code pieceJointePrincipale} as an array or as one object, per {@link ChorusWireChoices}. */
class PieceJointePrincipaleSerializer extends StdSerializer<List<PieceJointePrincipale>> {

    private final boolean asArray;

    PieceJointePrincipaleSerializer() {
        this(ChorusWireChoices.PIECE_JOINTE_PRINCIPALE_AS_ARRAY);
    }

    PieceJointePrincipaleSerializer(boolean asArray) {
        super(List.class, false);
        this.asArray = asArray;
    }

    @Override
    public void serialize(List<PieceJointePrincipale> value, JsonGenerator gen, SerializerProvider provider)
            throws IOException {
        if (!asArray && value.size() == 1) {
            provider.defaultSerializeValue(value.get(0), gen);
            return;
        }
        gen.writeStartArray();
        for (PieceJointePrincipale pj : value) {
            provider.defaultSerializeValue(pj, gen);
        }
        gen.writeEndArray();
    }
}
