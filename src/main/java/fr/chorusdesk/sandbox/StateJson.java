package fr.chorusdesk.sandbox;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.ReferenceTypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.ReferenceType;
import com.fasterxml.jackson.databind.type.TypeBindings;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.type.TypeModifier;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Optional;

/**
 * The mapper for the sandbox's own state file. The state records use {@link Optional}; the
 * project has no jdk8 Jackson module, so the few lines it needs live here (empty ⇄ null).
 */
final class StateJson {

    private StateJson() {
    }

    static ObjectMapper mapper() {
        SimpleModule optionals = new SimpleModule("sandbox-optional") {
            private static final long serialVersionUID = 1L;

            @Override
            public void setupModule(SetupContext context) {
                super.setupModule(context);
                context.addTypeModifier(new OptionalTypeModifier());
                context.addDeserializers(new OptionalDeserializers());
            }
        };
        optionals.addSerializer(new OptionalSerializer());
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(optionals)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private static final class OptionalTypeModifier extends TypeModifier implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public JavaType modifyType(JavaType type, Type jdkType, TypeBindings bindings, TypeFactory typeFactory) {
            if (type.isReferenceType() || type.isContainerType() || type.getRawClass() != Optional.class) {
                return type;
            }
            return ReferenceType.upgradeFrom(type, type.containedTypeOrUnknown(0));
        }
    }

    private static final class OptionalDeserializers extends SimpleDeserializers {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> findReferenceDeserializer(ReferenceType refType, DeserializationConfig config,
                BeanDescription beanDesc, TypeDeserializer contentTypeDeserializer,
                JsonDeserializer<?> contentDeserializer) {
            if (refType.hasRawClass(Optional.class)) {
                return new OptionalDeserializer(refType, null, contentTypeDeserializer, contentDeserializer);
            }
            return null;
        }
    }

    private static final class OptionalDeserializer extends ReferenceTypeDeserializer<Optional<?>> {
        private static final long serialVersionUID = 1L;

        OptionalDeserializer(JavaType fullType, ValueInstantiator inst, TypeDeserializer typeDeser,
                JsonDeserializer<?> deser) {
            super(fullType, inst, typeDeser, deser);
        }

        @Override
        protected ReferenceTypeDeserializer<Optional<?>> withResolved(TypeDeserializer typeDeser,
                JsonDeserializer<?> valueDeser) {
            return new OptionalDeserializer(_fullType, _valueInstantiator, typeDeser, valueDeser);
        }

        @Override
        public Optional<?> getNullValue(DeserializationContext ctxt) {
            return Optional.empty();
        }

        @Override
        public Object getEmptyValue(DeserializationContext ctxt) {
            return Optional.empty();
        }

        @Override
        public Optional<?> referenceValue(Object contents) {
            return Optional.ofNullable(contents);
        }

        @Override
        public Object getReferenced(Optional<?> reference) {
            return reference.orElse(null);
        }

        @Override
        public Optional<?> updateReference(Optional<?> reference, Object contents) {
            return Optional.ofNullable(contents);
        }
    }

    @SuppressWarnings("rawtypes")
    private static final class OptionalSerializer extends StdSerializer<Optional> {
        private static final long serialVersionUID = 1L;

        OptionalSerializer() {
            super(Optional.class);
        }

        @Override
        public void serialize(Optional value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value.isPresent()) {
                provider.defaultSerializeValue(value.get(), gen);
            } else {
                gen.writeNull();
            }
        }
    }
}
