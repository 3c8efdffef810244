-- Creates Gatehouse's database and its owner. Run as a PostgreSQL superuser:
--   sudo -u postgres psql -f server-config/datasources/postgresql-setup.sql
-- Change the password before you run it. Gatehouse creates its tables itself at startup.
CREATE ROLE gatehouse LOGIN PASSWORD 'change-me';
CREATE DATABASE gatehouse OWNER gatehouse ENCODING 'UTF8' TEMPLATE template0;
