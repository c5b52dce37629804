package io.cceemulator.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import io.cceemulator.reliability.JsonText.Member;
import io.cceemulator.reliability.JsonText.Obj;

/**
 * One change to a JSON tree at a random place: a value of the wrong type, a field removed or added, an out-of-range
 * number, a huge or empty array, deep nesting, odd Unicode, a duplicate key.
 */
final class TreeMutation {

	/** Where a value sits: in an object (by member index) or an array (by element index). */
	private record Slot(Object parent, int index) {

		Object value() {
			return (this.parent instanceof Obj obj) ? obj.get(this.index).value()
					: ((List<?>) this.parent).get(this.index);
		}

		@SuppressWarnings("unchecked")
		void set(Object value) {
			if (this.parent instanceof Obj obj) {
				obj.set(this.index, new Member(obj.get(this.index).name(), value));
			}
			else {
				((List<Object>) this.parent).set(this.index, value);
			}
		}

		@SuppressWarnings("unchecked")
		void remove() {
			if (this.parent instanceof Obj obj) {
				obj.remove(this.index);
			}
			else {
				((List<Object>) this.parent).remove(this.index);
			}
		}

	}

	private final Random random;

	TreeMutation(Random random) {
		this.random = random;
	}

	/** Applies one change and names it in {@code applied}; returns the (possibly replaced) root. */
	Object apply(Object root, List<String> applied) {
		List<Slot> slots = new ArrayList<>();
		collect(root, slots, 0);
		if (slots.isEmpty()) {
			applied.add("root=" + describe(root));
			return anyValue();
		}
		Slot slot = slots.get(this.random.nextInt(slots.size()));
		String where = describe(slot.parent()) + "#" + slot.index();
		switch (this.random.nextInt(10)) {
			case 0 -> {
				slot.set(anyValue());
				applied.add("wrongType@" + where);
			}
			case 1 -> {
				slot.remove();
				applied.add("remove@" + where);
			}
			case 2 -> {
				Obj target = (slot.parent() instanceof Obj obj) ? obj : JsonText.obj();
				target.with(pick(MigrateMutants.ODD_STRINGS.subList(0, 18)) + this.random.nextInt(9), anyValue());
				applied.add("extraField@" + where);
			}
			case 3 -> {
				slot.set(pick(MigrateMutants.ODD_NUMBERS));
				applied.add("number@" + where);
			}
			case 4 -> {
				slot.set(hugeArray(slot.value()));
				applied.add("hugeArray@" + where);
			}
			case 5 -> {
				slot.set(pick(List.of("", new ArrayList<>(), JsonText.obj())));
				applied.add("empty@" + where);
			}
			case 6 -> {
				int depth = pick(List.of(8, 40, 63, 64, 65, 300, 5000));
				slot.set(nest(slot.value(), depth));
				applied.add("nest" + depth + "@" + where);
			}
			case 7 -> {
				slot.set(pick(MigrateMutants.ODD_STRINGS));
				applied.add("oddString@" + where);
			}
			case 8 -> {
				if (slot.parent() instanceof Obj obj) {
					Member twin = obj.get(slot.index());
					obj.add(new Member(twin.name(), this.random.nextBoolean() ? twin.value() : anyValue()));
				}
				applied.add("duplicateKey@" + where);
			}
			default -> {
				slot.set((slot.value() instanceof String s && !s.isEmpty())
						? s.substring(0, this.random.nextInt(s.length())) + pick(List.of("", "x", "\u00e9", " ")) : anyValue());
				applied.add("editString@" + where);
			}
		}
		return root;
	}

	private Object hugeArray(Object like) {
		// at most about 1.5 MB: past the 1 MB limit; three in one mutant stay within what the emulator drains (8 MB)
		boolean distinct = this.random.nextBoolean();
		int size = pick(List.of(201, 1000, 5000, 25_000));
		int each = distinct ? 50 : JsonText.write(like).length() + 1;
		size = Math.max(1, Math.min(size, 1_500_000 / each));
		List<Object> huge = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			huge.add(distinct ? JsonText.obj().with("uid", UUID.randomUUID().toString()) : JsonText.copy(like));
		}
		return huge;
	}

	private Object nest(Object value, int depth) {
		Object nested = value;
		boolean arrays = this.random.nextBoolean();
		for (int i = 0; i < depth; i++) {
			nested = arrays ? JsonText.arr(nested) : JsonText.obj().with("a", nested);
		}
		return nested;
	}

	private Object anyValue() {
		return pick(List.of(0, -7, true, false, "", "text", JsonText.arr(), JsonText.arr(1, "a", false),
				JsonText.obj(), JsonText.obj().with("uid", "x"), new JsonText.Raw("null"), new JsonText.Raw("3.25")));
	}

	/** The places to change, down to depth 12 and the first 50 elements of an array (bodies are shallow). */
	private static void collect(Object node, List<Slot> slots, int depth) {
		if (depth > 12) {
			return;
		}
		if (node instanceof Obj obj) {
			for (int i = 0; i < obj.size(); i++) {
				slots.add(new Slot(obj, i));
				collect(obj.get(i).value(), slots, depth + 1);
			}
		}
		else if (node instanceof List<?> list) {
			for (int i = 0; i < Math.min(list.size(), 50); i++) {
				slots.add(new Slot(list, i));
				collect(list.get(i), slots, depth + 1);
			}
		}
	}

	private static String describe(Object node) {
		if (node instanceof Obj obj) {
			return "{" + String.join(",", obj.stream().map(Member::name).limit(3).toList()) + "}";
		}
		return (node instanceof List<?> list) ? "[" + list.size() + "]" : String.valueOf(node);
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

}
