package com.example.kitchen;

import dev.refract.client.Atomic;
import dev.refract.client.IntFilter;
import dev.refract.client.Link;
import dev.refract.client.ModelDelegate;
import dev.refract.client.ModelRecord;
import dev.refract.client.NestedOne;
import dev.refract.client.NestedOneUpdate;
import dev.refract.client.OneRelationFilter;
import dev.refract.client.OrderByBuilder;
import dev.refract.client.OrderField;
import dev.refract.client.QueryRunner;
import dev.refract.client.Ref;
import dev.refract.client.SelectionBuilder;
import dev.refract.client.StringFilter;
import dev.refract.client.UniqueWhere;
import dev.refract.client.WriteBuilder;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.NestedWrite;
import dev.refract.model.Model;
import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * A record of the model Profile; immutable.
 */
@Generated("dev.refract.generator.ClientGenerator")
public final class Profile extends ModelRecord {
    static final Model MODEL = RefractSchema.MODEL.requireModel("Profile");

    static final ScalarField F_id = MODEL.scalarField("id").orElseThrow();

    static final ScalarField F_bio = MODEL.scalarField("bio").orElseThrow();

    static final ScalarField F_accountTenant = MODEL.scalarField("accountTenant").orElseThrow();

    static final ScalarField F_accountNumber = MODEL.scalarField("accountNumber").orElseThrow();

    static final RelationField R_account = MODEL.relationField("account").orElseThrow();

    Profile(Map<String, Object> data) {
        super("Profile", data);
    }

    /**
     * The field id.
     */
    public int id() {
        return scalar("id", Integer.class);
    }

    /**
     * The field bio.
     */
    public Optional<String> bio() {
        return optionalScalar("bio", String.class);
    }

    /**
     * The field accountTenant.
     */
    public String accountTenant() {
        return scalar("accountTenant", String.class);
    }

    /**
     * The field accountNumber.
     */
    public int accountNumber() {
        return scalar("accountNumber", Integer.class);
    }

    /**
     * The related Account record; throws NotLoadedException unless the query included it.
     */
    public Account account() {
        return relationOne("account", Account::new).orElseThrow();
    }

    /**
     * A new Profile with its required fields and relations; optional ones chain.
     */
    public static Create create(Link<Profile> account) {
        return new Create().link(Link.require(R_account, account));
    }

    /**
     * A new Profile created through its account relation (the parent supplies it), with its other required fields and relations.
     */
    public static CreateWithoutAccount create() {
        return new CreateWithoutAccount();
    }

    /**
     * The required account: connects the existing Account {@code connect} selects.
     */
    public static Link<Profile> account(Account.WhereUnique connect) {
        return Link.write(R_account, new NestedWrite.Connect(R_account, List.of(connect.filter())));
    }

    /**
     * The required account: creates it with this record.
     */
    public static Link<Profile> account(Account.Create create) {
        return Link.write(R_account, new NestedWrite.Create(R_account, List.of(create.build())));
    }

    /**
     * The required account: connects the one {@code where} selects, or creates {@code create}.
     */
    public static Link<Profile> account(Account.WhereUnique where, Account.Create create) {
        return Link.write(R_account, new NestedWrite.ConnectOrCreate(R_account, List.of(new NestedWrite.WhereCreate(where.filter(), create.build()))));
    }

    /**
     * The required account by its foreign key (accountTenant, accountNumber), unchecked: the database checks that the record exists.
     */
    public static Link<Profile> accountTenantAccountNumber(String accountTenant,
            int accountNumber) {
        return Link.keys(R_account, List.of(Link.key(F_accountTenant, accountTenant), Link.key(F_accountNumber, accountNumber)));
    }

    /**
     * Conditions on Profile records; all must match.
     */
    public static final class Where extends dev.refract.client.Where<Where> {
        Where() {
            super(Where::new);
        }

        @Override
        protected Where self() {
            return this;
        }

        /**
         * Conditions on id.
         */
        public IntFilter<Where> id() {
            return new IntFilter<>(F_id, this, sink());
        }

        /**
         * Conditions on bio.
         */
        public StringFilter<Where> bio() {
            return new StringFilter<>(F_bio, this, sink());
        }

        /**
         * Conditions on accountTenant.
         */
        public StringFilter<Where> accountTenant() {
            return new StringFilter<>(F_accountTenant, this, sink());
        }

        /**
         * Conditions on accountNumber.
         */
        public IntFilter<Where> accountNumber() {
            return new IntFilter<>(F_accountNumber, this, sink());
        }

        /**
         * Conditions on the related Account records.
         */
        public Where account(Consumer<OneRelationFilter<Account.Where>> body) {
            return one(R_account, Account.Where::new, body);
        }
    }

    /**
     * Selects one Profile by a unique field or compound unique; nothing else is offered.
     */
    public static final class WhereUnique extends UniqueWhere {
        private WhereUnique(Filter filter) {
            super(filter);
        }

        /**
         * The Profile with this id.
         */
        public static WhereUnique id(int id) {
            return new WhereUnique(Filter.and(List.of(Filter.eq(F_id, id))));
        }

        /**
         * The Profile with this accountTenant, accountNumber.
         */
        public static WhereUnique accountTenantAccountNumber(String accountTenant,
                int accountNumber) {
            return new WhereUnique(Filter.and(List.of(Filter.eq(F_accountTenant, accountTenant), Filter.eq(F_accountNumber, accountNumber))));
        }
    }

    /**
     * The order of Profile records: keys in priority order.
     */
    public static final class OrderBy extends OrderByBuilder {
        OrderBy() {
        }

        /**
         * By id.
         */
        public OrderField<OrderBy> id() {
            return new OrderField<>(F_id, this, sink());
        }

        /**
         * By bio.
         */
        public OrderField<OrderBy> bio() {
            return new OrderField<>(F_bio, this, sink());
        }

        /**
         * By accountTenant.
         */
        public OrderField<OrderBy> accountTenant() {
            return new OrderField<>(F_accountTenant, this, sink());
        }

        /**
         * By accountNumber.
         */
        public OrderField<OrderBy> accountNumber() {
            return new OrderField<>(F_accountNumber, this, sink());
        }

        /**
         * By fields of the related Account record.
         */
        public OrderBy account(Consumer<Account.OrderBy> body) {
            through(R_account, new Account.OrderBy(), body);
            return this;
        }
    }

    /**
     * The fields and relations of Profile to load (select, include or omit).
     */
    public static final class Select extends SelectionBuilder<Select> {
        Select() {
            super(MODEL);
        }

        @Override
        protected Select self() {
            return this;
        }

        /**
         * The field id.
         */
        public Select id() {
            return scalar(F_id);
        }

        /**
         * The field bio.
         */
        public Select bio() {
            return scalar(F_bio);
        }

        /**
         * The field accountTenant.
         */
        public Select accountTenant() {
            return scalar(F_accountTenant);
        }

        /**
         * The field accountNumber.
         */
        public Select accountNumber() {
            return scalar(F_accountNumber);
        }

        /**
         * The related Account records, with all their scalars.
         */
        public Select account() {
            return account(a -> { });
        }

        /**
         * The related Account records, filtered, ordered and loaded as {@code body} says.
         */
        public Select account(Consumer<Account.FindArgs> body) {
            Account.FindArgs a = new Account.FindArgs();
            body.accept(a);
            return relation(R_account, dev.refract.engine.ir.ReadArgs.NONE, a.selection());
        }
    }

    /**
     * Which Profile records to read, in which order, and what to load.
     */
    public static final class FindArgs extends dev.refract.client.FindArgs<FindArgs, Select> {
        FindArgs() {
            super(MODEL, Select::new);
        }

        @Override
        protected FindArgs self() {
            return this;
        }

        /**
         * Only records matching {@code body}.
         */
        public FindArgs where(Consumer<Where> body) {
            return where(dev.refract.client.Where.build(Where::new, body));
        }

        /**
         * In the order {@code body} gives.
         */
        public FindArgs orderBy(Consumer<OrderBy> body) {
            OrderBy o = new OrderBy();
            body.accept(o);
            return orderBy(o.build());
        }

        /**
         * Starting at the record {@code at} selects.
         */
        public FindArgs cursor(WhereUnique at) {
            return cursor(at.filter());
        }
    }

    /**
     * The fields and relations every create of Profile sets.
     *
     * @param <B> the create type
     */
    public abstract static class CreateBuilder<B extends CreateBuilder<B>> extends WriteBuilder<B> {
        CreateBuilder() {
        }

        /**
         * Sets a required relation from its link.
         */
        B link(Link<Profile> l) {
            return applyLink(l);
        }

        /**
         * Sets id.
         */
        public B id(Integer id) {
            return set(F_id, id);
        }

        /**
         * Sets bio.
         */
        public B bio(String bio) {
            return set(F_bio, bio);
        }

        /**
         * Sets accountTenant.
         */
        public B accountTenant(String accountTenant) {
            return set(F_accountTenant, accountTenant);
        }

        /**
         * Sets accountNumber.
         */
        public B accountNumber(Integer accountNumber) {
            return set(F_accountNumber, accountNumber);
        }

        /**
         * Nested writes on the related Account records.
         */
        public B account(Consumer<NestedOne<Account.Create, Account.WhereUnique>> body) {
            NestedOne<Account.Create, Account.WhereUnique> n = new NestedOne<Account.Create, Account.WhereUnique>(R_account);
            body.accept(n);
            return nested(n.build());
        }
    }

    /**
     * A new Profile record, with all its required relations.
     */
    public static final class Create extends CreateBuilder<Create> {
        Create() {
        }

        @Override
        protected Create self() {
            return this;
        }
    }

    /**
     * A new Profile record created through its account relation, which the parent's nested write supplies.
     */
    public static final class CreateWithoutAccount extends CreateBuilder<CreateWithoutAccount> {
        CreateWithoutAccount() {
        }

        @Override
        protected CreateWithoutAccount self() {
            return this;
        }
    }

    /**
     * The changes of an update of Profile.
     */
    public static final class Update extends WriteBuilder<Update> {
        Update() {
        }

        @Override
        protected Update self() {
            return this;
        }

        /**
         * Sets id.
         */
        public Update id(Integer id) {
            return set(F_id, id);
        }

        /**
         * Changes id atomically ({@code Atomic.increment(1)}).
         */
        public Update id(Atomic<Integer> op) {
            return atomic(F_id, op);
        }

        /**
         * Sets bio.
         */
        public Update bio(String bio) {
            return set(F_bio, bio);
        }

        /**
         * Sets accountTenant.
         */
        public Update accountTenant(String accountTenant) {
            return set(F_accountTenant, accountTenant);
        }

        /**
         * Sets accountNumber.
         */
        public Update accountNumber(Integer accountNumber) {
            return set(F_accountNumber, accountNumber);
        }

        /**
         * Changes accountNumber atomically ({@code Atomic.increment(1)}).
         */
        public Update accountNumber(Atomic<Integer> op) {
            return atomic(F_accountNumber, op);
        }

        /**
         * Nested writes on the related Account records.
         */
        public Update account(
                Consumer<NestedOneUpdate<Account.Create, Account.WhereUnique, Account.Update>> body) {
            NestedOneUpdate<Account.Create, Account.WhereUnique, Account.Update> n = new NestedOneUpdate<Account.Create, Account.WhereUnique, Account.Update>(R_account, Account.Update::new);
            body.accept(n);
            return nested(n.build());
        }
    }

    /**
     * The queries of Profile: {@code db.profile()}.
     */
    public static final class Delegate extends ModelDelegate<Profile, Where, WhereUnique, FindArgs, Create, Update> {
        Delegate(QueryRunner runner) {
            super(MODEL, runner, Profile::new, Where::new, FindArgs::new, Update::new);
        }
    }

    /**
     * Typed handles on the fields of Profile, for aggregate and groupBy.
     */
    public static final class Fields {
        /**
         * The field id.
         */
        public static final Ref.Num<Integer, Double> id = new Ref.Num<>(F_id, Integer.class, Double.class);

        /**
         * The field bio.
         */
        public static final Ref<String> bio = Ref.of(F_bio, String.class);

        /**
         * The field accountTenant.
         */
        public static final Ref<String> accountTenant = Ref.of(F_accountTenant, String.class);

        /**
         * The field accountNumber.
         */
        public static final Ref.Num<Integer, Double> accountNumber = new Ref.Num<>(F_accountNumber, Integer.class, Double.class);

        private Fields() {
        }
    }
}
