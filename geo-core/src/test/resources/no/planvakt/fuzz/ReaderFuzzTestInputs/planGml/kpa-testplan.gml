<?xml version="1.0" encoding="UTF-8"?>
<!-- Planvakt test plan: the same kommuneplan as ../sosi/kpa-testplan.sos, as Plan GML 5.0 (Kommuneplan 20190401). -->
<gml:FeatureCollection xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:app="http://skjema.geonorge.no/SOSI/produktspesifikasjon/Kommuneplan/20190401" xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="kpa-testplan">
  <gml:boundedBy><gml:Envelope srsName="http://www.opengis.net/def/crs/EPSG/0/25832" srsDimension="2"><gml:lowerCorner>500000 6700000</gml:lowerCorner><gml:upperCorner>501000 6701000</gml:upperCorner></gml:Envelope></gml:boundedBy>
  <gml:featureMember>
    <app:KpOmråde gml:id="f101">
      <app:identifikasjon><app:Identifikasjon><app:lokalId>kpa-omrade</app:lokalId><app:navnerom>http://data.geonorge.no/3322/Kommuneplan</app:navnerom></app:Identifikasjon></app:identifikasjon>
      <app:arealplanId><app:NasjonalArealplanId><app:administrativEnhet><app:AdministrativEnhetskode><app:kommunenummer>3322</app:kommunenummer></app:AdministrativEnhetskode></app:administrativEnhet><app:planidentifikasjon>2026001</app:planidentifikasjon></app:NasjonalArealplanId></app:arealplanId>
      <app:plannavn>Kommuneplanens arealdel 2026</app:plannavn><app:plantype>20</app:plantype><app:planstatus>2</app:planstatus>
      <app:område><gml:Polygon gml:id="p101" srsName="http://www.opengis.net/def/crs/EPSG/0/25832"><gml:exterior><gml:LinearRing><gml:posList>500000.00 6700000.00 500500.00 6700000.00 501000.00 6700000.00 501000.00 6700500.00 501000.00 6701000.00 500500.00 6701000.00 500000.00 6701000.00 500000.00 6700000.00</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></app:område>
    </app:KpOmråde>
  </gml:featureMember>
  <gml:featureMember>
    <app:KpArealformålOmråde gml:id="f102">
      <app:identifikasjon><app:Identifikasjon><app:lokalId>kpa-1</app:lokalId><app:navnerom>http://data.geonorge.no/3322/Kommuneplan</app:navnerom></app:Identifikasjon></app:identifikasjon>
      <app:arealplanId><app:NasjonalArealplanId><app:administrativEnhet><app:AdministrativEnhetskode><app:kommunenummer>3322</app:kommunenummer></app:AdministrativEnhetskode></app:administrativEnhet><app:planidentifikasjon>2026001</app:planidentifikasjon></app:NasjonalArealplanId></app:arealplanId>
      <app:arealformål>1120</app:arealformål>
      <app:arealbruksstatus>2</app:arealbruksstatus>
      <app:områdenavn>Fjellgrenda</app:områdenavn>
      <app:område><gml:Polygon gml:id="p102" srsName="http://www.opengis.net/def/crs/EPSG/0/25832"><gml:exterior><gml:LinearRing><gml:posList>500000.00 6700000.00 500500.00 6700000.00 500500.00 6700500.00 500500.00 6701000.00 500000.00 6701000.00 500000.00 6700000.00</gml:posList></gml:LinearRing></gml:exterior><gml:interior><gml:LinearRing><gml:posList>500200.00 6700200.00 500300.00 6700200.00 500300.00 6700300.00 500200.00 6700300.00 500200.00 6700200.00</gml:posList></gml:LinearRing></gml:interior></gml:Polygon></app:område>
      <app:planområde xlink:href="#f101"/>
    </app:KpArealformålOmråde>
  </gml:featureMember>
  <gml:featureMember>
    <app:KpArealformålOmråde gml:id="f103">
      <app:identifikasjon><app:Identifikasjon><app:lokalId>kpa-2</app:lokalId><app:navnerom>http://data.geonorge.no/3322/Kommuneplan</app:navnerom></app:Identifikasjon></app:identifikasjon>
      <app:arealplanId><app:NasjonalArealplanId><app:administrativEnhet><app:AdministrativEnhetskode><app:kommunenummer>3322</app:kommunenummer></app:AdministrativEnhetskode></app:administrativEnhet><app:planidentifikasjon>2026001</app:planidentifikasjon></app:NasjonalArealplanId></app:arealplanId>
      <app:arealformål>3040</app:arealformål>
      <app:arealbruksstatus>2</app:arealbruksstatus>
      <app:område><gml:Polygon gml:id="p103" srsName="http://www.opengis.net/def/crs/EPSG/0/25832"><gml:exterior><gml:LinearRing><gml:posList>500200.00 6700200.00 500300.00 6700200.00 500300.00 6700300.00 500200.00 6700300.00 500200.00 6700200.00</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></app:område>
      <app:planområde xlink:href="#f101"/>
    </app:KpArealformålOmråde>
  </gml:featureMember>
  <gml:featureMember>
    <app:KpArealformålOmråde gml:id="f104">
      <app:identifikasjon><app:Identifikasjon><app:lokalId>kpa-3</app:lokalId><app:navnerom>http://data.geonorge.no/3322/Kommuneplan</app:navnerom></app:Identifikasjon></app:identifikasjon>
      <app:arealplanId><app:NasjonalArealplanId><app:administrativEnhet><app:AdministrativEnhetskode><app:kommunenummer>3322</app:kommunenummer></app:AdministrativEnhetskode></app:administrativEnhet><app:planidentifikasjon>2026001</app:planidentifikasjon></app:NasjonalArealplanId></app:arealplanId>
      <app:arealformål>1120</app:arealformål>
      <app:arealbruksstatus>1</app:arealbruksstatus>
      <app:områdenavn>Hyttefeltet</app:områdenavn>
      <app:område><gml:Polygon gml:id="p104" srsName="http://www.opengis.net/def/crs/EPSG/0/25832"><gml:exterior><gml:Ring><gml:curveMember><gml:Curve gml:id="c-2"><gml:segments><gml:LineStringSegment><gml:posList>500500.00 6700000.00 501000.00 6700000.00</gml:posList></gml:LineStringSegment><gml:LineStringSegment><gml:posList>501000.00 6700000.00 501000.00 6700500.00</gml:posList></gml:LineStringSegment><gml:Arc><gml:posList>501000.00 6700500.00 500750.00 6700540.00 500500.00 6700500.00</gml:posList></gml:Arc><gml:LineStringSegment><gml:posList>500500.00 6700500.00 500500.00 6700000.00</gml:posList></gml:LineStringSegment></gml:segments></gml:Curve></gml:curveMember></gml:Ring></gml:exterior></gml:Polygon></app:område>
      <app:planområde xlink:href="#f101"/>
    </app:KpArealformålOmråde>
  </gml:featureMember>
  <gml:featureMember>
    <app:KpArealformålOmråde gml:id="f105">
      <app:identifikasjon><app:Identifikasjon><app:lokalId>kpa-4</app:lokalId><app:navnerom>http://data.geonorge.no/3322/Kommuneplan</app:navnerom></app:Identifikasjon></app:identifikasjon>
      <app:arealplanId><app:NasjonalArealplanId><app:administrativEnhet><app:AdministrativEnhetskode><app:kommunenummer>3322</app:kommunenummer></app:AdministrativEnhetskode></app:administrativEnhet><app:planidentifikasjon>2026001</app:planidentifikasjon></app:NasjonalArealplanId></app:arealplanId>
      <app:arealformål>5001</app:arealformål>
      <app:arealbruksstatus>1</app:arealbruksstatus>
      <app:område><gml:Polygon gml:id="p105" srsName="http://www.opengis.net/def/crs/EPSG/0/25832"><gml:exterior><gml:Ring><gml:curveMember><gml:Curve gml:id="c-10"><gml:segments><gml:Arc><gml:posList>500500.00 6700500.00 500750.00 6700540.00 501000.00 6700500.00</gml:posList></gml:Arc><gml:LineStringSegment><gml:posList>501000.00 6700500.00 501000.00 6701000.00</gml:posList></gml:LineStringSegment><gml:LineStringSegment><gml:posList>501000.00 6701000.00 500500.00 6701000.00</gml:posList></gml:LineStringSegment><gml:LineStringSegment><gml:posList>500500.00 6701000.00 500500.00 6700500.00</gml:posList></gml:LineStringSegment></gml:segments></gml:Curve></gml:curveMember></gml:Ring></gml:exterior></gml:Polygon></app:område>
      <app:planområde xlink:href="#f101"/>
    </app:KpArealformålOmråde>
  </gml:featureMember>
  <gml:featureMember>
    <app:KpAngittHensynSone gml:id="f106">
      <app:identifikasjon><app:Identifikasjon><app:lokalId>kpa-h570</app:lokalId><app:navnerom>http://data.geonorge.no/3322/Kommuneplan</app:navnerom></app:Identifikasjon></app:identifikasjon>
      <app:arealplanId><app:NasjonalArealplanId><app:administrativEnhet><app:AdministrativEnhetskode><app:kommunenummer>3322</app:kommunenummer></app:AdministrativEnhetskode></app:administrativEnhet><app:planidentifikasjon>2026001</app:planidentifikasjon></app:NasjonalArealplanId></app:arealplanId>
      <app:angittHensyn>570</app:angittHensyn>
      <app:hensynSonenavn>H570_1</app:hensynSonenavn>
      <app:område><gml:Polygon gml:id="p106" srsName="http://www.opengis.net/def/crs/EPSG/0/25832"><gml:exterior><gml:LinearRing><gml:posList>500600.00 6700600.00 500900.00 6700600.00 500900.00 6700900.00 500600.00 6700900.00 500600.00 6700600.00</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></app:område>
      <app:planområde xlink:href="#f101"/>
    </app:KpAngittHensynSone>
  </gml:featureMember>
</gml:FeatureCollection>
