# RiskGraph application image: the API and the scheduler run from it (see docker-compose.yml).
FROM python:3.11-slim
WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 RISKGRAPH_DATA_DIR=/data
COPY requirements.lock ./
RUN pip install --no-cache-dir --require-hashes -r requirements.lock
COPY pyproject.toml README.md ./
COPY graph ./graph
COPY ingest ./ingest
COPY api ./api
RUN pip install --no-cache-dir --no-deps . && useradd --create-home riskgraph && mkdir -p /data \
    && chown riskgraph /data
USER riskgraph
EXPOSE 8000
CMD ["riskgraph", "serve", "--host", "0.0.0.0", "--port", "8000"]
