import { ProgramLevel } from '../programs/program-level';

/**
 * The ProDev Backend Engineering program as data: what `npm run seed` (and the
 * first start of the embedded development database) writes. Lessons are
 * referenced by a stable key (`module.lesson`) so prerequisites can point at
 * them before any row, or id, exists.
 */

export const SEED_TAGS = ['python', 'django', 'api', 'devops', 'database', 'performance'] as const;
export type SeedTag = (typeof SEED_TAGS)[number];

export interface SeedLesson {
  /** Unique within the program; prerequisites refer to lessons by it. */
  readonly key: string;
  readonly title: string;
  /** Markdown. */
  readonly content: string;
  readonly estimatedMinutes: number;
  readonly tags: readonly SeedTag[];
  /** Keys of lessons to complete first (always lessons that come earlier in the program). */
  readonly prerequisites: readonly string[];
}

export interface SeedModule {
  readonly title: string;
  readonly summary: string;
  readonly lessons: readonly SeedLesson[];
}

export interface SeedCohortPlan {
  /** Days from the seed date to the start (moved on to the following Monday). */
  readonly startsAfterDays: number;
  readonly durationWeeks: number;
  readonly capacity: number;
}

export interface SeedProgram {
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly level: ProgramLevel;
  readonly published: boolean;
  readonly modules: readonly SeedModule[];
  readonly cohort: SeedCohortPlan;
}

export interface SeedCohort {
  readonly name: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly capacity: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const SEASONS = [
  'Winter',
  'Winter',
  'Spring',
  'Spring',
  'Spring',
  'Summer',
  'Summer',
  'Summer',
  'Autumn',
  'Autumn',
  'Autumn',
  'Winter',
];

/**
 * The open cohort for a seed run on `seedDate`: it starts on the first Monday
 * (09:00 UTC) at least `startsAfterDays` later and is named after its season,
 * e.g. "2027 Spring cohort" (a December start belongs to the next year's winter).
 */
export function plannedCohort(plan: SeedCohortPlan, seedDate: Date): SeedCohort {
  const earliest = new Date(seedDate.getTime() + plan.startsAfterDays * DAY_MS);
  const start = new Date(Date.UTC(earliest.getUTCFullYear(), earliest.getUTCMonth(), earliest.getUTCDate(), 9));
  const daysToMonday = (8 - start.getUTCDay()) % 7;
  const startsAt = new Date(start.getTime() + daysToMonday * DAY_MS);
  const endsAt = new Date(startsAt.getTime() + plan.durationWeeks * 7 * DAY_MS);
  const month = startsAt.getUTCMonth();
  const year = startsAt.getUTCFullYear() + (month === 11 ? 1 : 0);
  return { name: `${year} ${SEASONS[month]} cohort`, startsAt, endsAt, capacity: plan.capacity };
}

const python: SeedModule = {
  title: 'Python for backend engineers',
  summary:
    'The Python a backend engineer uses every day: idiomatic advanced syntax and object-oriented design, ' +
    'packaging and isolated environments, and code that fails loudly, is tested and leaves a useful log.',
  lessons: [
    {
      key: 'python.advanced-syntax-oop',
      title: 'Advanced syntax and object-oriented programming',
      estimatedMinutes: 90,
      tags: ['python'],
      prerequisites: [],
      content: `## Beyond the basics

- **Comprehensions and generators**: \`[x * x for x in rows if x]\` builds a list; \`(x * x for x in rows)\` yields lazily and keeps memory flat on large inputs.
- **Decorators** wrap a function to add behaviour (timing, caching, permission checks). Use \`functools.wraps\` so the wrapped function keeps its name and docstring.
- **Context managers** (\`with open(...) as f:\`) guarantee clean-up; write your own with \`contextlib.contextmanager\`.

## Classes that pull their weight

Prefer \`@dataclass\` for plain records, \`@property\` for computed attributes, and composition over deep inheritance.
Implement \`__repr__\` and \`__eq__\` where it helps debugging and tests, and use \`abc.ABC\` to define interfaces such as a \`PaymentGateway\`.

**Exercise:** model an \`Order\` with line items as dataclasses and add a \`total\` property.`,
    },
    {
      key: 'python.modules-packages-venv',
      title: 'Modules, packages and virtual environments',
      estimatedMinutes: 60,
      tags: ['python', 'devops'],
      prerequisites: [],
      content: `## Modules and packages

A module is one \`.py\` file; a package is a directory of modules importable as a unit. Prefer absolute imports
(\`from shop.orders import services\`) and keep side effects out of import time.

## Isolate every project

\`\`\`sh
python -m venv .venv && source .venv/bin/activate
pip install -r requirements.txt
\`\`\`

Never install project dependencies into the system Python. Pin versions (\`pip freeze > requirements.txt\`, or a lock
file from pip-tools or Poetry) so CI, teammates and production install exactly what you tested.`,
    },
    {
      key: 'python.errors-testing-logging',
      title: 'Error handling, testing with pytest and unittest, and logging',
      estimatedMinutes: 90,
      tags: ['python'],
      prerequisites: ['python.advanced-syntax-oop', 'python.modules-packages-venv'],
      content: `## Errors

Catch the narrowest exception you can handle (\`except KeyError\`, not a bare \`except:\`), define domain exceptions
such as \`class InsufficientStock(Exception)\`, and re-raise with \`raise ... from err\` to keep the cause.

## Tests

\`unittest\` ships with Python; \`pytest\` needs less boilerplate: plain \`assert\`, fixtures for setup and
\`@pytest.mark.parametrize\` for tables of cases. Test behaviour, not implementation, and run the suite on every change.

## Logging

Use \`logger = logging.getLogger(__name__)\` per module, log with levels (\`debug\` to \`critical\`) and pass arguments
lazily: \`logger.info("order %s paid", order_id)\`. Never log passwords or tokens.`,
    },
  ],
};

const django: SeedModule = {
  title: 'Django',
  summary:
    "Django's Model-View-Template architecture end to end: models and the ORM, views and templates, " +
    'authentication and permissions, middleware and signals, and the habits that keep a Django codebase scalable.',
  lessons: [
    {
      key: 'django.mvt',
      title: 'The MVT architecture',
      estimatedMinutes: 45,
      tags: ['django', 'python'],
      prerequisites: ['python.advanced-syntax-oop', 'python.modules-packages-venv'],
      content: `## Model, View, Template

- **Model**: your data and its rules, mapped to database tables.
- **View**: a function or class that takes an \`HttpRequest\` and returns an \`HttpResponse\`.
- **Template**: the presentation layer that renders context data to HTML.

The URL dispatcher (\`urls.py\`) maps a path to a view; Django itself plays the "controller" role.

\`\`\`sh
django-admin startproject academy && cd academy && python manage.py startapp courses
\`\`\`

Keep apps small and focused: one app per bounded area (\`accounts\`, \`courses\`, \`billing\`).`,
    },
    {
      key: 'django.models-views-templates-orm',
      title: 'Models, views, templates and the ORM',
      estimatedMinutes: 120,
      tags: ['django', 'database'],
      prerequisites: ['django.mvt'],
      content: `## Models and migrations

\`\`\`python
class Course(models.Model):
    title = models.CharField(max_length=200)
    published = models.BooleanField(default=False)
\`\`\`

Run \`makemigrations\` and \`migrate\`, and commit the migration files with the model change.

## Querying

QuerySets are lazy: \`Course.objects.filter(published=True).order_by("title")\` runs no SQL until iterated.
Avoid the N+1 problem with \`select_related\` (foreign keys) and \`prefetch_related\` (many-to-many, reverse relations).

## Views and templates

Start with class-based generic views (\`ListView\`, \`DetailView\`); render with \`{% for %}\` and \`{{ value|date }}\`
and let template auto-escaping protect you from XSS.`,
    },
    {
      key: 'django.auth',
      title: 'Authentication and authorization',
      estimatedMinutes: 75,
      tags: ['django'],
      prerequisites: ['django.models-views-templates-orm'],
      content: `## Who are you?

\`django.contrib.auth\` provides users, password hashing (PBKDF2 by default, Argon2 available) and sessions.
Start every project with a custom user model (\`AUTH_USER_MODEL\`): changing it later is painful.

## What may you do?

- \`@login_required\` / \`LoginRequiredMixin\` for authentication.
- Permissions (\`user.has_perm("courses.change_course")\`) and groups for roles.
- Object-level checks in the view or a service: a mentor may grade only their own cohort.

Always enforce authorization on the server; hiding a button is not a permission check.`,
    },
    {
      key: 'django.middleware-signals',
      title: 'Middleware and signals',
      estimatedMinutes: 60,
      tags: ['django'],
      prerequisites: ['django.models-views-templates-orm'],
      content: `## Middleware

Middleware wraps every request and response, in the order of \`MIDDLEWARE\`. Typical uses: request ids, timing,
security headers, tenant resolution.

\`\`\`python
def request_id_middleware(get_response):
    def middleware(request):
        request.id = request.headers.get("X-Request-Id") or uuid4().hex
        response = get_response(request)
        response["X-Request-Id"] = request.id
        return response
    return middleware
\`\`\`

## Signals

\`post_save\`, \`pre_delete\` and friends decouple side effects (e.g. create a profile when a user is created).
Use them sparingly: hidden control flow is hard to follow; an explicit service call is often clearer.`,
    },
    {
      key: 'django.scalable-apps',
      title: 'Building scalable Django applications',
      estimatedMinutes: 90,
      tags: ['django', 'performance'],
      prerequisites: ['django.auth', 'django.middleware-signals', 'python.errors-testing-logging'],
      content: `## Structure that scales with the team

Keep views thin and put business rules in a service layer; split settings per environment and read secrets
from environment variables.

## Structure that scales with the traffic

- Run behind Gunicorn or Uvicorn workers; the app itself stays stateless.
- Measure before optimising: Django Debug Toolbar or \`django-silk\` show the queries each request runs.
- Add database indexes for the filters you actually use, paginate every list, cache what is read often.
- Move slow work (emails, reports) out of the request into background tasks.`,
    },
  ],
};

const restApis: SeedModule = {
  title: 'REST APIs with Django REST Framework',
  summary:
    'Designing resource-oriented HTTP APIs and building them with Django REST Framework: serializers, viewsets, ' +
    'permissions, pagination, throttling and filtering, documented with OpenAPI.',
  lessons: [
    {
      key: 'rest.clean-endpoints',
      title: 'Designing clean REST endpoints',
      estimatedMinutes: 60,
      tags: ['api'],
      prerequisites: [],
      content: `## Resources, not actions

Use nouns and HTTP verbs: \`GET /courses\`, \`POST /courses\`, \`GET /courses/{id}\`, \`PATCH /courses/{id}\`.
Nest only for true ownership: \`/courses/{id}/lessons\`.

## Status codes that mean something

\`201 Created\` with a \`Location\` header, \`204 No Content\` for deletes, \`400\` for validation, \`401\` vs \`403\`,
\`404\`, \`409\` for conflicts, \`429\` for rate limits. Return one consistent error shape (e.g. RFC 9457 problem+json).

## Evolve without breaking clients

Version the API (\`/api/v1\`), add fields rather than renaming them, and make \`PUT\` and \`DELETE\` idempotent.`,
    },
    {
      key: 'rest.drf',
      title: 'Django REST Framework',
      estimatedMinutes: 60,
      tags: ['api', 'django'],
      prerequisites: ['rest.clean-endpoints', 'django.models-views-templates-orm'],
      content: `## Why DRF

DRF adds request parsing, content negotiation, serializers, authentication and a browsable API on top of Django.

\`\`\`sh
pip install djangorestframework
\`\`\`

Add \`rest_framework\` to \`INSTALLED_APPS\` and configure defaults once in \`REST_FRAMEWORK\` (authentication classes,
permission classes, pagination). Start with \`APIView\` to see the request/response cycle, then move to generic views.`,
    },
    {
      key: 'rest.serializers-viewsets-permissions',
      title: 'Serializers, viewsets and permissions',
      estimatedMinutes: 120,
      tags: ['api', 'django'],
      prerequisites: ['rest.drf', 'django.auth'],
      content: `## Serializers

A \`ModelSerializer\` validates input and shapes output. Declare \`fields\` explicitly (never \`"__all__"\` on a model with
secrets), mark server-owned fields \`read_only\`, and put cross-field rules in \`validate()\`.

## Viewsets and routers

\`\`\`python
class CourseViewSet(viewsets.ModelViewSet):
    queryset = Course.objects.select_related("owner")
    serializer_class = CourseSerializer
    permission_classes = [IsAuthenticated, IsOwnerOrReadOnly]
\`\`\`

A \`DefaultRouter\` turns it into list/detail routes. Write custom \`BasePermission\` classes with
\`has_object_permission\` for ownership rules.`,
    },
    {
      key: 'rest.pagination-throttling-filtering',
      title: 'Pagination, throttling and filtering',
      estimatedMinutes: 75,
      tags: ['api', 'performance'],
      prerequisites: ['rest.serializers-viewsets-permissions'],
      content: `## Pagination

Never return an unbounded list. \`PageNumberPagination\` is simple; \`CursorPagination\` stays fast and stable on large,
changing tables. Cap \`page_size\`.

## Throttling

\`AnonRateThrottle\` and \`UserRateThrottle\` (e.g. \`"100/hour"\`) protect the API; use a shared cache such as Redis so
limits hold across processes, and answer \`429\` with \`Retry-After\`.

## Filtering, search and ordering

\`django-filter\`'s \`DjangoFilterBackend\`, \`SearchFilter\` and \`OrderingFilter\` give \`?level=beginner&search=django&ordering=-created\`.
Whitelist the fields and index the columns you filter and sort on.`,
    },
    {
      key: 'rest.openapi-docs',
      title: 'API documentation with Swagger and OpenAPI',
      estimatedMinutes: 45,
      tags: ['api'],
      prerequisites: ['rest.serializers-viewsets-permissions'],
      content: `## Docs generated from code

\`drf-spectacular\` builds an OpenAPI 3 document from your serializers and viewsets and serves Swagger UI and ReDoc.

\`\`\`python
REST_FRAMEWORK = {"DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema"}
\`\`\`

Annotate what introspection cannot see with \`@extend_schema\` (query parameters, error responses, examples).
Validate the document in CI and generate typed clients from it, so the docs can never drift from the code.`,
    },
  ],
};

const graphql: SeedModule = {
  title: 'GraphQL',
  summary:
    'GraphQL from the schema up: types, queries, mutations and resolvers, a GraphQL API on Django with Graphene, ' +
    'and an honest comparison with REST.',
  lessons: [
    {
      key: 'graphql.schemas-types-resolvers',
      title: 'Schemas, types and resolvers',
      estimatedMinutes: 60,
      tags: ['api'],
      prerequisites: ['rest.clean-endpoints'],
      content: `## The schema is the contract

\`\`\`graphql
type Course { id: ID!, title: String!, lessons: [Lesson!]! }
type Query { course(id: ID!): Course }
\`\`\`

Scalars, object types, enums, input types and non-null (\`!\`) describe exactly what clients may ask for.

## Resolvers

Each field has a resolver that returns its value. Nested fields resolve per parent object, which causes N+1 queries:
batch them with a DataLoader.`,
    },
    {
      key: 'graphql.queries-mutations',
      title: 'Queries and mutations',
      estimatedMinutes: 60,
      tags: ['api'],
      prerequisites: ['graphql.schemas-types-resolvers'],
      content: `## Queries read

Clients select exactly the fields they need; use variables (\`query Course($id: ID!)\`) rather than string building.

## Mutations write

\`\`\`graphql
mutation { enroll(cohortId: "42") { enrollment { id status } errors { field message } } }
\`\`\`

Take one input object, return the changed object plus domain errors as data. Limit query depth and cost so one
request cannot ask for the whole database.`,
    },
    {
      key: 'graphql.graphene-django',
      title: 'Graphene with Django',
      estimatedMinutes: 90,
      tags: ['api', 'django', 'python'],
      prerequisites: ['graphql.queries-mutations', 'django.models-views-templates-orm'],
      content: `## Exposing models

\`\`\`python
class CourseType(DjangoObjectType):
    class Meta:
        model = Course
        fields = ("id", "title", "lessons")
\`\`\`

Define a \`Query\` class with \`resolve_*\` methods, build \`graphene.Schema(query=Query, mutation=Mutation)\` and mount
\`GraphQLView\` at \`/graphql\`.

Check permissions inside resolvers (\`info.context.user\`), optimise querysets with \`select_related\`, and test with
\`graphene_django.utils.testing.GraphQLTestCase\`.`,
    },
    {
      key: 'graphql.graphql-or-rest',
      title: 'GraphQL or REST?',
      estimatedMinutes: 30,
      tags: ['api'],
      prerequisites: ['graphql.queries-mutations', 'rest.pagination-throttling-filtering'],
      content: `## Choosing

- **GraphQL** shines with many client types needing different shapes of deeply related data, and one evolving schema.
- **REST** wins on HTTP caching, simple tooling, file uploads, and public APIs with stable resources.

## Costs to weigh

GraphQL needs query cost limits, DataLoaders and persisted queries for caching; REST needs care to avoid
over-fetching and chatty clients. Many teams run both over the same service layer.`,
    },
  ],
};

const docker: SeedModule = {
  title: 'Docker',
  summary:
    'Containers from first principles to a multi-service development stack: images, Dockerfiles, docker-compose, ' +
    'and Django with PostgreSQL and Redis running side by side.',
  lessons: [
    {
      key: 'docker.fundamentals',
      title: 'Container fundamentals',
      estimatedMinutes: 45,
      tags: ['devops'],
      prerequisites: [],
      content: `## Images and containers

An **image** is a read-only, layered filesystem plus metadata; a **container** is a running, isolated process
started from it. Containers share the host kernel, so they start in milliseconds, unlike virtual machines.

\`\`\`sh
docker run --rm -p 8080:80 nginx:alpine
docker ps && docker logs <id> && docker exec -it <id> sh
\`\`\`

Containers are disposable: keep state in volumes or external services, never in the container's filesystem.`,
    },
    {
      key: 'docker.dockerfiles',
      title: 'Writing Dockerfiles',
      estimatedMinutes: 60,
      tags: ['devops', 'python'],
      prerequisites: ['docker.fundamentals', 'python.modules-packages-venv'],
      content: `## A lean Python image

\`\`\`dockerfile
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
USER 1000
CMD ["gunicorn", "academy.wsgi", "--bind", "0.0.0.0:8000"]
\`\`\`

Copy the dependency list before the code so the install layer stays cached, add a \`.dockerignore\`, run as a non-root
user, and use multi-stage builds to keep compilers out of the final image.`,
    },
    {
      key: 'docker.compose',
      title: 'docker-compose for multi-service architectures',
      estimatedMinutes: 60,
      tags: ['devops'],
      prerequisites: ['docker.dockerfiles'],
      content: `## One file, the whole stack

\`compose.yaml\` declares services, networks and volumes; \`docker compose up -d\` starts them and services reach each
other by name (\`db:5432\`).

- \`depends_on\` with \`condition: service_healthy\` plus a \`healthcheck\` orders start-up properly.
- Named volumes keep database data across restarts.
- An \`env_file\` holds configuration; override files adapt the stack for development.`,
    },
    {
      key: 'docker.django-postgres-redis',
      title: 'Django, PostgreSQL and Redis in containers',
      estimatedMinutes: 90,
      tags: ['devops', 'django', 'database'],
      prerequisites: ['docker.compose', 'django.models-views-templates-orm'],
      content: `## The stack

Three services: \`web\` (Gunicorn + Django), \`db\` (\`postgres:16\` with a named volume) and \`cache\` (\`redis:7\`).
Django reads \`DATABASE_URL\` and \`REDIS_URL\` from the environment.

## Operating it

- Run migrations as a separate one-off step: \`docker compose run --rm web python manage.py migrate\`.
- Wait for the database with a healthcheck, not \`sleep\`.
- Mount the source only in development; production images are immutable and built once in CI.`,
    },
  ],
};

const cicd: SeedModule = {
  title: 'CI/CD',
  summary:
    'Shipping safely and often: Git workflows on GitHub, automated test pipelines, deployments with GitHub Actions or ' +
    'GitLab CI, and handling configuration and secrets.',
  lessons: [
    {
      key: 'cicd.git-github-workflows',
      title: 'Git and GitHub workflows',
      estimatedMinutes: 45,
      tags: ['devops'],
      prerequisites: [],
      content: `## Small branches, reviewed changes

Create short-lived feature branches from \`main\`, push often and open a pull request early. Write commit messages that
explain *why*.

\`\`\`sh
git switch -c feature/enrollments
git rebase main   # keep history linear before merging
\`\`\`

Protect \`main\`: require reviews and green checks before merging, and never force-push shared branches.`,
    },
    {
      key: 'cicd.automated-testing',
      title: 'Automated testing pipelines',
      estimatedMinutes: 60,
      tags: ['devops', 'python'],
      prerequisites: ['cicd.git-github-workflows', 'python.errors-testing-logging'],
      content: `## Every push, every pull request

A pipeline installs locked dependencies, then runs linters, type checks and the test suite: fast checks first so
failures show up in minutes.

- Run the tests against real service containers (PostgreSQL, Redis) instead of mocks where it matters.
- Cache dependencies between runs; run independent jobs in parallel.
- Publish coverage and test reports; a red build blocks the merge.`,
    },
    {
      key: 'cicd.deployment',
      title: 'Deployment with GitHub Actions and GitLab CI',
      estimatedMinutes: 75,
      tags: ['devops'],
      prerequisites: ['cicd.automated-testing', 'docker.dockerfiles'],
      content: `## From green build to production

\`\`\`yaml
on: { push: { branches: [main] } }
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: docker build -t registry.example.com/academy:\${{ github.sha }} .
\`\`\`

Build the image once, tag it with the commit SHA and promote the same image through staging to production. Run
migrations as their own step, use environments with required approvals, and keep a one-command rollback.
GitLab CI expresses the same with \`stages\` and \`rules\` in \`.gitlab-ci.yml\`.`,
    },
    {
      key: 'cicd.env-secrets',
      title: 'Environment variables and secrets',
      estimatedMinutes: 45,
      tags: ['devops'],
      prerequisites: ['cicd.deployment'],
      content: `## Configuration in the environment

Follow the twelve-factor rule: the same build runs everywhere and reads its configuration (\`DATABASE_URL\`,
\`SECRET_KEY\`) from environment variables, validated at start-up so a missing value fails fast.

## Secrets

Never commit secrets; keep \`.env\` out of Git and ship a \`.env.example\`. Store them in the CI's secret store or a vault,
scope them per environment, mask them in logs, and rotate them (and revoke at once if one leaks).`,
    },
  ],
};

const databaseDesign: SeedModule = {
  title: 'Database design',
  summary:
    'Relational modelling for backend systems: entities and keys, normalisation and indexing, the three kinds of ' +
    'relationships, and PostgreSQL used well through an ORM.',
  lessons: [
    {
      key: 'db.relational-modelling',
      title: 'Relational modelling',
      estimatedMinutes: 60,
      tags: ['database'],
      prerequisites: [],
      content: `## From domain to tables

List the entities (Learner, Course, Enrollment), their attributes and the rules between them; each entity becomes a
table with a primary key (a surrogate \`id\` or UUID) and each rule a constraint.

Let the database enforce what must always be true: \`NOT NULL\`, \`UNIQUE\`, \`CHECK (capacity > 0)\` and foreign keys.
Application code has bugs; constraints do not forget.`,
    },
    {
      key: 'db.normalisation-indexing',
      title: 'Normalisation and indexing',
      estimatedMinutes: 75,
      tags: ['database', 'performance'],
      prerequisites: ['db.relational-modelling'],
      content: `## Normalise first

Up to third normal form, every fact lives in one place: no repeating groups, no columns that depend on only part of
the key or on another non-key column. Denormalise later, deliberately, for measured read performance.

## Index what you query

A B-tree index speeds \`WHERE\`, \`JOIN\` and \`ORDER BY\` on its columns; a composite index \`(cohort_id, status)\` serves
filters on its leading columns. Every index slows writes, so read the plan with \`EXPLAIN ANALYZE\` before adding one.`,
    },
    {
      key: 'db.relationships',
      title: 'One-to-one, one-to-many and many-to-many relationships',
      estimatedMinutes: 60,
      tags: ['database'],
      prerequisites: ['db.relational-modelling'],
      content: `## The three shapes

- **One-to-one**: a foreign key with a unique constraint (\`profiles.user_id UNIQUE\`).
- **One-to-many**: a foreign key on the "many" side (\`lessons.module_id\`).
- **Many-to-many**: a join table with two foreign keys and a composite primary key (\`lesson_tags\`); give it its own
  columns (e.g. \`enrolled_at\`) when the relationship has data.

Choose \`ON DELETE\` deliberately: \`CASCADE\` for owned children, \`RESTRICT\` when deleting would destroy history.`,
    },
    {
      key: 'db.postgres-orm',
      title: 'PostgreSQL with an ORM',
      estimatedMinutes: 75,
      tags: ['database', 'django'],
      prerequisites: ['db.normalisation-indexing', 'db.relationships', 'django.models-views-templates-orm'],
      content: `## Let the ORM help, not hide

Declare constraints and indexes in the models (\`Meta.constraints\`, \`Meta.indexes\`) so migrations create them. Use
transactions (\`transaction.atomic()\`) around multi-row changes and \`select_for_update()\` for counters and seats.

## Know the SQL

Log the queries in development, watch for N+1, and drop to raw SQL for reports. PostgreSQL extras worth knowing:
\`JSONB\`, partial indexes, full-text search and \`ON CONFLICT\` upserts.`,
    },
  ],
};

const asyncProgramming: SeedModule = {
  title: 'Asynchronous programming',
  summary:
    'Doing more than one thing at a time: async/await in Python, knowing when it actually helps, and moving slow ' +
    'work to background tasks with Celery, Redis and queues.',
  lessons: [
    {
      key: 'async.async-await',
      title: 'async and await',
      estimatedMinutes: 60,
      tags: ['python', 'performance'],
      prerequisites: ['python.advanced-syntax-oop'],
      content: `## Coroutines and the event loop

\`async def\` defines a coroutine; \`await\` yields to the event loop while waiting on I/O, so one thread serves many
requests concurrently.

\`\`\`python
async def fetch_all(urls):
    async with httpx.AsyncClient() as client:
        return await asyncio.gather(*(client.get(u) for u in urls))
\`\`\`

Never call blocking code (\`time.sleep\`, synchronous drivers) inside a coroutine; wrap it with
\`asyncio.to_thread\` or use an async library.`,
    },
    {
      key: 'async.when-async-helps',
      title: 'When async helps (and when it does not)',
      estimatedMinutes: 30,
      tags: ['performance', 'django'],
      prerequisites: ['async.async-await', 'django.scalable-apps'],
      content: `## I/O-bound, not CPU-bound

Async pays off when a request mostly waits: calls to other APIs, websockets, long polling. It does not make CPU-heavy
work faster; that needs processes or a task queue.

## In Django

Async views run under ASGI (Uvicorn, Daphne); the ORM offers async methods (\`await Course.objects.aget(pk=1)\`), but
mixing sync and async adds overhead via \`sync_to_async\`. Measure first: for a typical CRUD API, more sync workers is
often the simpler answer.`,
    },
    {
      key: 'async.celery-redis',
      title: 'Background tasks with Celery and Redis',
      estimatedMinutes: 90,
      tags: ['python', 'django', 'performance'],
      prerequisites: ['async.when-async-helps', 'docker.django-postgres-redis'],
      content: `## Out of the request

\`\`\`python
@shared_task(bind=True, autoretry_for=(SMTPException,), retry_backoff=True, max_retries=5)
def send_welcome_email(self, user_id):
    user = User.objects.get(pk=user_id)
    ...
\`\`\`

Redis is the broker; workers run in their own processes (\`celery -A academy worker\`). Pass ids, not objects, enqueue
after the transaction commits (\`transaction.on_commit\`), and make tasks idempotent: they may run twice.
Celery Beat schedules periodic tasks.`,
    },
    {
      key: 'async.queues-background-jobs',
      title: 'Queues and background jobs',
      estimatedMinutes: 60,
      tags: ['performance', 'devops'],
      prerequisites: ['async.celery-redis'],
      content: `## Designing jobs that survive failure

- Keep the truth in the database; the queue message is only a trigger.
- Retry with exponential backoff, cap the attempts, and park poison messages in a dead-letter queue.
- Use separate queues for fast and slow work so reports cannot starve emails.
- Monitor queue length, job age and failure rate (Flower for Celery), and scale workers by process count.

A periodic sweeper that re-enqueues stuck work makes a lost message a delay, not a loss.`,
    },
  ],
};

const caching: SeedModule = {
  title: 'Caching',
  summary:
    'Making APIs fast without serving stale lies: where caching pays off, Redis as a cache layer, low-level, ' +
    'per-view and template caching in Django, invalidation strategies and cache-aware endpoints.',
  lessons: [
    {
      key: 'cache.api-performance',
      title: 'Caching for API performance',
      estimatedMinutes: 45,
      tags: ['performance', 'api'],
      prerequisites: ['rest.pagination-throttling-filtering'],
      content: `## Where to cache

From the client inwards: HTTP caching (\`Cache-Control\`, \`ETag\`), a CDN or reverse proxy, an application cache, and the
database's own buffers.

## What to cache

Data that is read far more often than written and is expensive to compute: catalog pages, aggregates, permission sets.
Measure the hit ratio and latency before and after; a cache that is rarely hit only adds a failure mode.`,
    },
    {
      key: 'cache.redis-layer',
      title: 'Redis as a cache layer',
      estimatedMinutes: 60,
      tags: ['performance', 'database'],
      prerequisites: ['cache.api-performance', 'docker.django-postgres-redis'],
      content: `## Cache-aside

Read from Redis; on a miss, load from the database and \`SET key value EX 300\`. Always set a TTL so mistakes expire.

\`\`\`python
CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
\`\`\`

Namespace and version keys (\`v2:course:42\`), configure an eviction policy such as \`allkeys-lru\`, and treat Redis as
optional: if it is down, serve from the database instead of failing the request.`,
    },
    {
      key: 'cache.django-caching-levels',
      title: 'Low-level, per-view and template caching',
      estimatedMinutes: 60,
      tags: ['django', 'performance'],
      prerequisites: ['cache.redis-layer', 'django.models-views-templates-orm'],
      content: `## Three granularities in Django

- **Low-level API**: \`cache.get_or_set(f"course:{pk}", lambda: build(pk), timeout=300)\` for exactly the data you choose.
- **Per-view**: \`@cache_page(60)\` caches the whole response; combine with \`@vary_on_headers("Authorization")\` for
  anything user-specific, or do not use it there at all.
- **Template fragments**: \`{% cache 600 sidebar request.user.id %}\` caches an expensive part of a page.

Start with the low-level API: it is the easiest to invalidate precisely.`,
    },
    {
      key: 'cache.invalidation',
      title: 'Cache invalidation strategies',
      estimatedMinutes: 45,
      tags: ['performance'],
      prerequisites: ['cache.django-caching-levels'],
      content: `## The hard part

- **TTL expiry**: simple, bounded staleness.
- **Explicit deletion** on write: delete the key after the transaction commits, not before.
- **Versioned keys**: bump a version number to invalidate a whole group at once.
- **Write-through**: update the cache as part of the write.

Guard hot keys against stampedes (a lock, or early recomputation with jitter) so a popular key expiring does not send
every request to the database at once.`,
    },
    {
      key: 'cache.cache-aware-endpoints',
      title: 'Building cache-aware endpoints',
      estimatedMinutes: 60,
      tags: ['api', 'performance'],
      prerequisites: ['cache.invalidation', 'rest.serializers-viewsets-permissions'],
      content: `## Let clients and proxies help

Send \`ETag\` or \`Last-Modified\` and answer conditional requests with \`304 Not Modified\`. Use \`Cache-Control: public,
max-age=60\` for anonymous catalog data and \`private, no-store\` for anything personal.

## On the server

Cache the serialized response for public lists keyed by the full query string, invalidate on writes to the
underlying models, and expose cache hits in a response header or metric so you can see the cache working.`,
    },
  ],
};

export const PRODEV_PROGRAM: SeedProgram = {
  slug: 'prodev-backend-engineering',
  title: 'ProDev Backend Engineering',
  summary:
    'An intensive program that takes developers who know the basics of programming to production-ready backend ' +
    'engineering: advanced Python, Django and REST APIs with Django REST Framework, GraphQL, Docker and CI/CD, ' +
    'relational database design, asynchronous work with Celery and Redis, and caching for performance. Every ' +
    'module ends with hands-on work on a real project, built the way professional teams build it.',
  level: ProgramLevel.Intermediate,
  published: true,
  modules: [python, django, restApis, graphql, docker, cicd, databaseDesign, asyncProgramming, caching],
  cohort: { startsAfterDays: 28, durationWeeks: 26, capacity: 30 },
};
