"""The Streamlit app: `streamlit run ui/app/main.py` (scripts/app). One shell in main.py, a
module per page in pages/, and the views the pages share."""
